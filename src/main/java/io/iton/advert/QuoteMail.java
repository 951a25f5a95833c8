package io.iton.advert;

import java.util.List;

import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.shared.Localizer;
import io.iton.shared.SiteProperties;

/**
 * A quote leaving the desk: its PDF, the Hebrew mail that carries it (queued in the
 * {@link Outbox}), and the lead's history saying which quote went out.
 */
@Component
class QuoteMail {

    private final QuotePdf pdf;
    private final Outbox outbox;
    private final Leads leads;
    private final Localizer t;
    private final SiteProperties site;

    QuoteMail(QuotePdf pdf, Outbox outbox, Leads leads, Localizer t, SiteProperties site) {
        this.pdf = pdf;
        this.outbox = outbox;
        this.leads = leads;
        this.t = t;
        this.site = site;
    }

    byte[] pdf(Quote quote) {
        return pdf.render(new QuoteSheet(quote, site.name()));
    }

    /** Queues the mail and moves the lead to QUOTE_SENT; must run in the caller's transaction. */
    void send(Quote quote, Actor actor) {
        QuoteSheet sheet = new QuoteSheet(quote, site.name());
        String subject = t.text("quote.mail.subject", quote.number(), site.name());
        String text = t.text("quote.mail.body", quote.recipientName(), quote.number(), site.name(),
                Shekels.format(quote.totals().totalAgorot()), sheet.date(quote.validUntil()));
        outbox.enqueue(new OutgoingMail(quote.recipientEmail(), subject, text,
                List.of(new MailAttachment(quote.pdfFileName(), "application/pdf", pdf.render(sheet)))));
        leads.recordQuoteSent(quote.leadId(), quote.number(), actor);
    }
}
