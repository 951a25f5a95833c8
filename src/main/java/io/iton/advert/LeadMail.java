package io.iton.advert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;
import io.iton.shared.SiteProperties;

/**
 * On every new request that is not spam: a notification to the sales desk
 * ({@code iton.advert.sales-email}) and a confirmation to the requester, in Hebrew, plain text
 * only (what the visitor typed is never read as HTML). Queued in the transaction that stored the
 * lead, so both exist exactly when the lead does; each is a line in the lead's history.
 */
@Component
class LeadMail {

    private static final Logger log = LoggerFactory.getLogger(LeadMail.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Outbox outbox;
    private final LeadRepository leads;
    private final AdvertProperties properties;
    private final SiteProperties site;
    private final Localizer t;

    LeadMail(Outbox outbox, LeadRepository leads, AdvertProperties properties, SiteProperties site, Localizer t) {
        this.outbox = outbox;
        this.leads = leads;
        this.properties = properties;
        this.site = site;
        this.t = t;
    }

    @EventListener
    void on(LeadReceived received) {
        Lead lead = leads.find(received.leadId()).orElseThrow();
        String products = lead.products().isEmpty() ? "—" : String.join(", ", lead.products());
        String dates = dates(lead.dateFrom(), lead.dateTo());
        String budget = lead.budget() == null ? "—" : t.text(LeadBudget.valueOf(lead.budget()).messageKey());
        String message = lead.message().isEmpty() ? "—" : lead.message();
        if (properties.salesEmail().isBlank()) {
            log.warn("No iton.advert.sales-email set: the desk is not mailed about lead {}", lead.reference());
        } else {
            queue(lead, "notification", new OutgoingMail(properties.salesEmail(),
                    t.text("mail.lead.notification.subject", lead.reference(), lead.company()),
                    t.text("mail.lead.notification.body", lead.reference(), lead.name(), lead.company(), lead.email(),
                            lead.phone(), products, dates, budget, message,
                            site.absolute("/newsroom/leads/" + lead.id())),
                    List.of()));
        }
        queue(lead, "confirmation", new OutgoingMail(lead.email(),
                t.text("mail.lead.confirmation.subject", site.name(), lead.reference()),
                t.text("mail.lead.confirmation.body", lead.name(), site.name(), lead.reference(), products, dates,
                        budget, message),
                List.of()));
    }

    private void queue(Lead lead, String purpose, OutgoingMail mail) {
        long id = outbox.enqueue(mail);
        leads.addEvent(lead.id(), lead.receivedAt(), null, LeadEventKind.MAIL, null, null, purpose, id);
    }

    private static String dates(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "—";
        }
        return (from == null ? "…" : DATE.format(from)) + " – " + (to == null ? "…" : DATE.format(to));
    }
}
