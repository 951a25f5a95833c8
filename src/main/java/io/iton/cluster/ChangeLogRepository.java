package io.iton.cluster;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

@Repository
class ChangeLogRepository {

    record Change(long id, String node, String eventType, String payload) {
    }

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    ChangeLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String node, String eventType, String payload, Instant at) {
        jdbc.sql("""
                        INSERT INTO change_log (node, event_type, payload, created_at)
                        VALUES (:node, :eventType, :payload, :at)""")
                .param("node", node).param("eventType", eventType).param("payload", payload)
                .param("at", DbTime.toDb(at)).update();
    }

    long lastId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_log").query(Long.class).single();
    }

    /** The ids among the {@code span} up to {@code last} without a row: not committed yet, rolled back, or pruned. */
    List<Long> missingUpTo(long last, int span) {
        long from = Math.max(1, last - span + 1);
        Set<Long> present = new HashSet<>(jdbc.sql("SELECT id FROM change_log WHERE id >= :from AND id <= :last")
                .param("from", from).param("last", last).query(Long.class).list());
        return LongStream.range(from, last).filter(id -> !present.contains(id)).boxed().toList();
    }

    /** Rows after {@code last}, and those of {@code gaps} (ids below it not seen yet), in id order. */
    List<Change> after(long last, Collection<Long> gaps) {
        String orGaps = gaps.isEmpty() ? "" : " OR id IN (:gaps)";
        var sql = jdbc.sql("SELECT id, node, event_type, payload FROM change_log WHERE id > :last" + orGaps
                        + " ORDER BY id LIMIT " + BATCH)
                .param("last", last);
        if (!gaps.isEmpty()) {
            sql = sql.param("gaps", gaps);
        }
        return sql.query((rs, n) -> new Change(rs.getLong("id"), rs.getString("node"), rs.getString("event_type"),
                rs.getString("payload"))).list();
    }

    int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM change_log WHERE created_at < :before")
                .param("before", DbTime.toDb(before)).update();
    }
}
