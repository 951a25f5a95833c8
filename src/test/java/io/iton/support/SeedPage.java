package io.iton.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed page ({@code shared/seed/seed-article-page.txt}, copied to test resources), line by line. */
public final class SeedPage {

    public static final String TITLE = "ישראל מחזקת את קשריה עם רוסיה: פגישות במוסקבה במטרה לדחוק את טורקיה וללחוץ על חמאס";
    public static final String SUBTITLE = "סדרת הפגישות של שליח נתניהו במוסקבה: כך ישראל מנסה להדק יחסים עם רוסיה";
    public static final List<String> HEADINGS = List.of("רקע והקשר הבין-לאומי", "שיתוף פעולה עם רוסיה",
            "החשש מהתבססות איראנית בסוריה", "פעילות צה\"ל בדרום סוריה", "האתגרים ביחסים עם רוסיה");
    public static final List<String> TAGS = List.of("רוסיה", "ישראל", "סוריה", "חמאס", "נתניהו", "יחסים מדיניים", "בטחונית");

    private SeedPage() {
    }

    /** The seed article's canonical path, as the article's short address redirects to it (a 301). */
    public static String canonicalPath(JdbcClient jdbc, Http http) {
        long id = jdbc.sql("SELECT id FROM article WHERE title = :title").param("title", TITLE).query(Long.class).single();
        HttpResponse<String> redirect = http.get("/article/" + id);
        if (redirect.statusCode() != 301) {
            throw new AssertionError("/article/" + id + " answered " + redirect.statusCode() + ", not 301");
        }
        return redirect.headers().firstValue("Location").orElseThrow().replace(http.url(""), "");
    }

    /** Every non-empty line of the seed page, in order. */
    public static List<String> lines() {
        try (InputStream in = SeedPage.class.getResourceAsStream("/seed/seed-article-page.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's lines: from the first section heading to the line before the tags. */
    public static List<String> bodyLines() {
        List<String> lines = lines();
        int start = lines.indexOf(HEADINGS.getFirst());
        int end = lines.indexOf(lines.stream().filter(l -> l.startsWith("תגים:")).findFirst().orElseThrow());
        return lines.subList(start, end);
    }
}
