package io.iton.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An action to write to the audit log, as any feature describes it:
 * <pre>{@code
 * auditLog.record(AuditRecord.of("user.roleChanged", adminId)
 *         .about("user", user.id(), user.email())
 *         .with("from", "WRITER").with("to", "EDITOR"));
 * }</pre>
 * The action is a dotted key, {@code feature.pastTense}; the newsroom shows it through the
 * message {@code audit.action.<action>} where one exists (add it to your feature's messages file),
 * else as the key itself.
 *
 * @param actorId      the account that did it, or {@code null} for the system
 * @param subjectKind  what it was done to ({@code article}, {@code user}, {@code category}…), or {@code null}
 * @param subjectLabel how that thing was called at the time (an article's title), kept as it was
 * @param details      whatever else matters, in the order given
 */
public record AuditRecord(String action, Long actorId, String subjectKind, Long subjectId, String subjectLabel,
                          Map<String, String> details) {

    public static final int MAX_ACTION = 100;

    public AuditRecord {
        if (action == null || action.isBlank() || action.length() > MAX_ACTION) {
            throw new IllegalArgumentException("an audit action is a key of 1 to " + MAX_ACTION + " characters");
        }
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static AuditRecord of(String action, Long actorId) {
        return new AuditRecord(action, actorId, null, null, null, Map.of());
    }

    public AuditRecord about(String kind, Long id, String label) {
        return new AuditRecord(action, actorId, kind, id, label, details);
    }

    /** With one more detail; a {@code null} value is left out. */
    public AuditRecord with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, value.toString());
        return new AuditRecord(action, actorId, subjectKind, subjectId, subjectLabel, more);
    }
}
