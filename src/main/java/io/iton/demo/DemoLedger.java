package io.iton.demo;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

/** The {@code demo_item} table: which demo items were handled, so each is handled once, on any node. */
@Repository
class DemoLedger {

    private final JdbcClient jdbc;

    DemoLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM demo_item WHERE item_key = :key").param("key", key)
                .query(Long.class).single() > 0;
    }

    /** Claims the item; false when another start (maybe on another node) claimed it first. */
    boolean claim(String key, Instant now) {
        try {
            jdbc.sql("INSERT INTO demo_item (item_key, loaded_at) VALUES (:key, :now)")
                    .param("key", key).param("now", DbTime.toDb(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
