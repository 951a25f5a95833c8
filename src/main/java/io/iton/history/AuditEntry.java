package io.iton.history;

import java.time.Instant;
import java.util.Map;

/** A line of the audit log as stored: an {@link AuditRecord} with its time and the actor's name then. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
                         String subjectKind, Long subjectId, String subjectLabel, Map<String, String> details) {
}
