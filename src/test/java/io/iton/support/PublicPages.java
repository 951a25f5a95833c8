package io.iton.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.shared.PublicPaths;

/** The public page of each type on the demo site, by a short name, for page-wide checks. */
public final class PublicPages {

    private PublicPages() {
    }

    public static Map<String, String> of(JdbcClient jdbc) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("article", canonical(jdbc, "title = '" + SeedPage.TITLE + "'"));
        pages.put("sponsored-article", canonical(jdbc, "sponsored = TRUE"));
        pages.put("home", "/");
        pages.put("home-page-2", "/?page=2");
        pages.put("category", "/category/politics");
        pages.put("tag", "/tag/%D7%99%D7%97%D7%A1%D7%99%D7%9D-%D7%9E%D7%93%D7%99%D7%A0%D7%99%D7%99%D7%9D");
        pages.put("author", "/author/desk");
        pages.put("advertise", "/advertise");
        pages.put("search", "/search?q=%D7%91%D7%A8%D7%95%D7%A1%D7%99%D7%94");
        pages.put("search-with-filters", "/search?q=%D7%A6%D7%94%22%D7%9C&category=security&from=2025-01-01");
        pages.put("search-empty", "/search");
        pages.put("not-found", "/no/such/page");
        pages.put("bad-page-number", "/category/politics?page=abc");
        return pages;
    }

    /** The status each page must answer with: the error pages their own, every other page 200. */
    public static int expectedStatus(String name) {
        return switch (name) {
            case "not-found" -> 404;
            case "bad-page-number" -> 400;
            default -> 200;
        };
    }

    private static String canonical(JdbcClient jdbc, String where) {
        return jdbc.sql("SELECT id, slug FROM article WHERE " + where + " ORDER BY id")
                .query((rs, n) -> PublicPaths.article(rs.getLong("id"), rs.getString("slug"))).list().getFirst();
    }
}
