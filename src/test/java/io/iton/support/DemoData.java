package io.iton.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of the demo content that tests build on, by the slugs the demo files give them. */
public final class DemoData {

    private DemoData() {
    }

    public static long authorId(JdbcClient jdbc, String slug) {
        return jdbc.sql("SELECT id FROM author WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    public static long categoryId(JdbcClient jdbc, String slug) {
        return jdbc.sql("SELECT id FROM category WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }
}
