package io.iton.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Rows a test needs around the thing it tests, made with plain SQL and unique names. */
public final class Fixtures {

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long author(String displayName) {
        return insert("INSERT INTO author (slug, display_name, bio, created_at) VALUES (:slug, :name, '', :now)",
                unique("author"), displayName);
    }

    public long category(String name) {
        return insert("INSERT INTO category (slug, name, description, featured, menu_order) VALUES (:slug, :name, '', FALSE, 0)",
                unique("cat"), name + " " + unique(""));
    }

    public long tag(String name) {
        return insert("INSERT INTO tag (slug, name) VALUES (:slug, :name)", unique("tag"), name + unique(""));
    }

    private long insert(String sql, String slug, String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).param("slug", slug).param("name", name)
                .param("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
