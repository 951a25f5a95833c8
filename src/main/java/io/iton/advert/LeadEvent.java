package io.iton.advert;

import java.time.Instant;

/**
 * One line of a lead's history.
 *
 * @param actorId who did it, or {@code null} for the system (the form, a job)
 * @param detail  the note, the quote number, the mail's purpose…, or {@code null}
 * @param mailId  the message in the outbox this is about, or {@code null}
 */
public record LeadEvent(long id, long leadId, Instant occurredAt, Long actorId, LeadEventKind kind,
                        LeadStatus fromStatus, LeadStatus toStatus, String detail, Long mailId) {
}
