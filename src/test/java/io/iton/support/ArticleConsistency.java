package io.iton.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the articles a test wrote are whole in the database after a crash: each row with its
 * revision history, its tags, and the change-log rows other nodes learn of it from. A save is one
 * transaction, so a crash may lose an unacknowledged save entirely, but never leave part of it.
 */
public final class ArticleConsistency {

    public record Row(long id, String title, String status, int version) {
        public boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    private static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\"\\s*:\\s*(\\d+)");

    private final JdbcClient jdbc;

    public ArticleConsistency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The articles whose title has {@code marker}, by id. */
    public Map<Long, Row> articles(String marker) {
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("SELECT id, title, status, version FROM article WHERE title LIKE :marker")
                .param("marker", "%" + marker + "%")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("status"),
                        rs.getInt("version")))
                .list().forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    /** What is half-written among the articles with {@code marker}, each with {@code tags} tags; empty when all is whole. */
    public List<String> problems(String marker, int tags) {
        Map<Long, Row> rows = articles(marker);
        Map<String, Set<Long>> logged = changeLog();
        List<String> problems = new ArrayList<>();
        for (Row row : rows.values()) {
            problems.addAll(problems(row, tags, logged));
        }
        return problems;
    }

    private List<String> problems(Row row, int tags, Map<String, Set<Long>> logged) {
        List<String> problems = new ArrayList<>();
        List<String> revisionTitles = jdbc.sql("""
                        SELECT title FROM article_revision WHERE article_id = :id ORDER BY article_version DESC""")
                .param("id", row.id()).query(String.class).list();
        if (revisionTitles.isEmpty() || !revisionTitles.getFirst().equals(row.title())) {
            problems.add("article " + row.id() + " (" + row.title() + "): latest revision " + revisionTitles);
        }
        long tagged = jdbc.sql("SELECT COUNT(*) FROM article_tag WHERE article_id = :id")
                .param("id", row.id()).query(Long.class).single();
        if (tagged != tags) {
            problems.add("article " + row.id() + ": " + tagged + " tags, not " + tags);
        }
        if (!logged.getOrDefault("ArticleCreated", Set.of()).contains(row.id())) {
            problems.add("article " + row.id() + ": no ArticleCreated in the change log");
        }
        if (row.published() && !logged.getOrDefault("ArticlePublished", Set.of()).contains(row.id())) {
            problems.add("article " + row.id() + ": published, no ArticlePublished in the change log");
        }
        return problems;
    }

    /** Article ids by change-log event type. */
    private Map<String, Set<Long>> changeLog() {
        Map<String, Set<Long>> logged = new HashMap<>();
        jdbc.sql("SELECT event_type, payload FROM change_log").query(rs -> {
            Matcher m = ARTICLE_ID.matcher(rs.getString("payload"));
            if (m.find()) {
                logged.computeIfAbsent(rs.getString("event_type"), k -> new HashSet<>()).add(Long.parseLong(m.group(1)));
            }
        });
        return logged;
    }
}
