package io.iton.advert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.article.Actor;
import io.iton.shared.Forbidden;
import io.iton.shared.NotFound;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The privacy rules for leads. A lead older than {@code iton.advert.lead-retention} may be
 * anonymized (by an administrator, or by the nightly job): its personal fields, its notes and the
 * mail sent about it are replaced, while its status, dates, products and history stay for the
 * desk's numbers. One lead's data can be exported as JSON for a person who asks what is held.
 */
@Service
public class LeadPrivacy {

    static final String REMOVED = "[נמחק]";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final LeadRepository leads;
    private final Outbox outbox;
    private final AdvertProperties properties;
    private final Clock clock;

    LeadPrivacy(LeadRepository leads, Outbox outbox, AdvertProperties properties, Clock clock) {
        this.leads = leads;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Leads past the retention period whose personal data is still held. */
    @Transactional(readOnly = true)
    public long countDue() {
        return leads.countNotAnonymizedBefore(cutoff());
    }

    /** An administrator anonymizes one lead past the retention period. */
    @Transactional
    public void anonymize(long leadId, Actor actor) {
        requireAdmin();
        Lead lead = leads.find(leadId).orElseThrow(() -> new NotFound("lead " + leadId));
        if (!lead.receivedAt().isBefore(cutoff())) {
            throw new Forbidden("lead " + leadId + " is within the retention period");
        }
        anonymize(lead, actor.userId());
    }

    /** An administrator anonymizes every lead past the retention period; answers how many. */
    @Transactional
    public int anonymizeDue(Actor actor) {
        requireAdmin();
        return anonymizeDue(actor.userId());
    }

    /** The scheduled job's run: no caller, every lead past the retention period. */
    @Transactional
    int anonymizeDue(Long actorId) {
        int done = 0;
        for (Long id : leads.notAnonymizedBefore(cutoff(), 500)) {
            leads.find(id).ifPresent(lead -> anonymize(lead, actorId));
            done++;
        }
        return done;
    }

    /** Everything held about one lead, as JSON; the export is itself a line in the lead's history. */
    @Transactional
    public byte[] export(long leadId, Actor actor) {
        SalesRights.require("exporting a lead");
        Lead lead = leads.find(leadId).orElseThrow(() -> new NotFound("lead " + leadId));
        List<LeadEvent> history = leads.events(leadId);
        leads.addEvent(leadId, clock.instant(), actor.userId(), LeadEventKind.EXPORTED, null, null, null, null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", lead.reference());
        data.put("status", lead.status().name());
        data.put("receivedAt", lead.receivedAt().toString());
        data.put("name", lead.name());
        data.put("company", lead.company());
        data.put("email", lead.email());
        data.put("phone", lead.phone());
        data.put("phoneAsTyped", lead.phoneTyped());
        data.put("products", lead.products());
        data.put("dateFrom", Objects.toString(lead.dateFrom(), null));
        data.put("dateTo", Objects.toString(lead.dateTo(), null));
        data.put("budget", lead.budget());
        data.put("message", lead.message());
        data.put("anonymizedAt", Objects.toString(lead.anonymizedAt(), null));
        List<Map<String, Object>> events = new ArrayList<>();
        for (LeadEvent e : history) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", e.occurredAt().toString());
            row.put("kind", e.kind().name());
            row.put("from", e.fromStatus() == null ? null : e.fromStatus().name());
            row.put("to", e.toStatus() == null ? null : e.toStatus().name());
            row.put("detail", e.detail());
            events.add(row);
        }
        data.put("history", events);
        return JSON.writeValueAsBytes(data);
    }

    private void anonymize(Lead lead, Long actorId) {
        Instant now = clock.instant();
        if (!leads.anonymize(lead.id(), REMOVED, now)) {
            return;
        }
        leads.forgetNotes(lead.id(), REMOVED);
        List<Long> mails = leads.events(lead.id()).stream().map(LeadEvent::mailId).filter(Objects::nonNull).toList();
        outbox.forget(mails, REMOVED);
        leads.addEvent(lead.id(), now, actorId, LeadEventKind.ANONYMIZED, null, null, null, null);
    }

    private Instant cutoff() {
        return clock.instant().minus(properties.leadRetention());
    }

    private static void requireAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!admin) {
            throw new Forbidden("anonymizing leads needs an administrator");
        }
    }
}
