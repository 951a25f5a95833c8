package io.iton.history;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.DemoData;
import io.iton.support.Http;
import io.iton.support.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Articles made through the API for the history tests, and what the history tables hold about them. */
final class HistoryTestData {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    HistoryTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String article(String title, String subtitle, String body, List<String> tags, Integer version) {
        var fields = new LinkedHashMap<String, Object>();
        if (version != null) {
            fields.put("version", version);
        }
        fields.putAll(Map.of("title", title, "subtitle", subtitle, "body", body, "tags", tags,
                "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", DemoData.categoryId(jdbc, "security")));
        return JSON.writeValueAsString(fields);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Creates an article as the bootstrap administrator and answers its id. */
    long create(Http http, String title, String subtitle, String body) {
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", article(title, subtitle, body, List.of("רוסיה"), null));
        if (created.statusCode() != 201) {
            throw new AssertionError(created.body());
        }
        return json(created).get("id").asLong();
    }

    long revisions(long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = :id").param("id", articleId)
                .query(Long.class).single();
    }

    List<String> auditActions(long articleId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE subject_kind = 'article' AND subject_id = :id ORDER BY id")
                .param("id", articleId).query(String.class).list();
    }

    int version(long articleId) {
        return jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", articleId).query(Integer.class).single();
    }

    long accountId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :email").param("email", email).query(Long.class).single();
    }

    /** Posts the form that {@code selector} finds in {@code page}, as a browser would: its own fields, then {@code fields} over them. */
    static HttpResponse<String> submit(Session session, Document page, String selector, Map<String, String> fields) {
        Element form = page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on the page");
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[name]").forEach(input -> values.put(input.attr("name"), input.attr("value")));
        values.putAll(fields);
        return session.post(form.attr("action"), values);
    }
}
