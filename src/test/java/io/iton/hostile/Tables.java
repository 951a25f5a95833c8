package io.iton.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of every table of the application's database (each row, every column), to show
 * that an attack changed nothing. Left out are the tables that change on their own while a test
 * runs: logins and their sessions, the scheduler's lock and its record of runs, and the mail
 * outbox the job sends every second (with the lead history lines it adds).
 */
final class Tables {

    static final Set<String> RESTLESS = Set.of("spring_session", "spring_session_attributes", "shedlock",
            "persistent_logins", "mail_outbox", "mail_attachment", "ad_lead_event", "flyway_schema_history",
            "publishing_run");

    private Tables() {
    }

    /** Table name to a digest of its rows. */
    static Map<String, String> fingerprint(JdbcClient jdbc) {
        Map<String, String> digests = new TreeMap<>();
        for (String table : names(jdbc)) {
            if (RESTLESS.contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>(jdbc.sql("SELECT * FROM \"" + table + "\"").query((rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    // the user's last login moves at every login a test makes
                    if (!rs.getMetaData().getColumnName(c).equalsIgnoreCase("last_login_at")) {
                        row.append(rs.getString(c)).append('\u0001');
                    }
                }
                return row.toString();
            }).list());
            rows.sort(null);
            digests.put(table, rows.size() + ":" + sha256(String.join("\n", rows)));
        }
        return digests;
    }

    /** The tables whose rows differ now from the fingerprint taken before (an empty list: none). */
    static List<String> changedSince(Map<String, String> before, JdbcClient jdbc) {
        Map<String, String> now = fingerprint(jdbc);
        List<String> changed = new ArrayList<>();
        now.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                changed.add(table + " (" + before.getOrDefault(table, "absent").split(":")[0] + " rows, now "
                        + digest.split(":")[0] + ")");
            }
        });
        before.keySet().stream().filter(t -> !now.containsKey(t)).forEach(t -> changed.add(t + " dropped"));
        return changed;
    }

    static List<String> names(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE')""")
                .query(String.class).list().stream().map(String::toLowerCase).sorted().toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
