package io.iton.advert;

import java.time.Instant;

/** A message in the outbox as the newsroom lists it (without its bodies and attachments). */
public record OutboxEntry(long id, String recipient, String subject, MailStatus status, int attempts,
                          Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                          int attachments) {
}
