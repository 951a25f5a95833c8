package io.iton.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            DbTime.fromDb(rs, "occurred_at"), rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
            rs.getString("action"), rs.getString("subject_kind"), rs.getObject("subject_id", Long.class),
            rs.getString("subject_label"), JSON.readValue(rs.getString("details"), DETAILS));

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditRecord record, String actorName, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor_id, actor_name, action, subject_kind, subject_id,
                                                 subject_label, details)
                        VALUES (:at, :actorId, :actorName, :action, :subjectKind, :subjectId, :subjectLabel, :details)""")
                .param("at", DbTime.toDb(at)).param("actorId", record.actorId()).param("actorName", actorName)
                .param("action", record.action()).param("subjectKind", record.subjectKind())
                .param("subjectId", record.subjectId()).param("subjectLabel", cut(record.subjectLabel(), 500))
                .param("details", JSON.writeValueAsString(record.details()))
                .update();
    }

    List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT id, occurred_at, actor_id, actor_name, action, subject_kind, subject_id, subject_label,"
                        + " details FROM audit_entry" + filter.where()
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(filter.params()).param("limit", limit).param("offset", offset).query(ENTRY).list();
    }

    long count(AuditQuery query) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + filter.where()).params(filter.params())
                .query(Long.class).single();
    }

    /** Everyone who appears in the log, by id, with the latest name they acted under. */
    Map<Long, String> actors() {
        Map<Long, String> actors = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT e.actor_id, e.actor_name FROM audit_entry e
                         WHERE e.id IN (SELECT MAX(id) FROM audit_entry WHERE actor_id IS NOT NULL GROUP BY actor_id)
                         ORDER BY e.actor_name, e.actor_id""")
                .query(rs -> {
                    actors.put(rs.getLong("actor_id"), rs.getString("actor_name"));
                });
        return actors;
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The WHERE clause of a query: fixed fragments for the parts given, their values as named parameters. */
    private record Filter(String where, Map<String, Object> params) {

        static Filter of(AuditQuery q) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            add(parts, params, "actor_id = :actorId", "actorId", q.actorId());
            add(parts, params, "action = :action", "action", q.action());
            add(parts, params, "subject_kind = :subjectKind", "subjectKind", q.subjectKind());
            add(parts, params, "subject_id = :subjectId", "subjectId", q.subjectId());
            add(parts, params, "occurred_at >= :from", "from", DbTime.toDb(q.from()));
            add(parts, params, "occurred_at < :until", "until", DbTime.toDb(q.until()));
            return new Filter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
        }

        private static void add(List<String> parts, Map<String, Object> params, String sql, String name, Object value) {
            if (value != null) {
                parts.add(sql);
                params.put(name, value);
            }
        }
    }
}
