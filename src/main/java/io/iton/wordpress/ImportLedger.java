package io.iton.wordpress;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

/**
 * The {@code wordpress_item} table: what each item of an export became here. An item's row is
 * written in the transaction that creates what it became, so a post is either imported and
 * recorded, or neither, and a second run finds it and skips it.
 */
@Repository
class ImportLedger {

    private final JdbcClient jdbc;

    ImportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> find(String source, String key) {
        return jdbc.sql("SELECT target_id FROM wordpress_item WHERE source = :source AND item_key = :key")
                .param("source", source).param("key", key).query(Long.class).optional();
    }

    void record(String source, String key, long targetId, Instant now) {
        jdbc.sql("""
                INSERT INTO wordpress_item (source, item_key, target_id, imported_at)
                VALUES (:source, :key, :target, :now)
                """).param("source", source).param("key", key).param("target", targetId)
                .param("now", DbTime.toDb(now)).update();
    }
}
