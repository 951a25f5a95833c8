package io.iton.history;

import java.time.Instant;

/**
 * Which audit entries to list; every part is optional ({@code null}: any).
 *
 * @param from  the first instant included
 * @param until the first instant no longer included
 */
public record AuditQuery(Long actorId, String action, String subjectKind, Long subjectId, Instant from,
                         Instant until) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
