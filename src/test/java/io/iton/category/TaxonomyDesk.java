package io.iton.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.DemoData;
import io.iton.support.Http;
import io.iton.support.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link TaxonomyContract}'s scenarios do through the app: an editor's category forms, the
 * API's articles and search, the public pages' redirects and header; and fresh names for them.
 */
final class TaxonomyDesk {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final Session editor;
    private final JdbcClient jdbc;

    TaxonomyDesk(Http http, Session editor, JdbcClient jdbc) {
        this.http = http;
        this.editor = editor;
        this.jdbc = jdbc;
    }

    static String latin() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    long createCategory(String name, String slug, boolean featured) {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "slug", slug, "description", "", "menuOrder", "0"));
        if (featured) {
            form.put("featured", "on");
        }
        HttpResponse<String> created = editor.post("/newsroom/categories", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return DemoData.categoryId(jdbc, slug);
    }

    void save(long id, String name, String slug) {
        save(id, name, slug, false);
    }

    void save(long id, String name, String slug, boolean featured) {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "slug", slug, "description", "", "menuOrder", "0"));
        if (featured) {
            form.put("featured", "on");
        }
        HttpResponse<String> saved = editor.post("/newsroom/categories/" + id, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    }

    long publish(String title, long categoryId, List<String> tags) {
        String json = JSON.writeValueAsString(Map.of("title", title, "subtitle", "משנה", "body", "<p>גוף הכתבה</p>",
                "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", categoryId, "tags", tags));
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}").statusCode()).isEqualTo(200);
        return id;
    }

    JsonNode apiArticle(long id) {
        return JSON.readTree(http.getAsAdmin("/api/v1/articles/" + id).body());
    }

    List<String> tagNames(long article) {
        List<String> names = new ArrayList<>();
        apiArticle(article).get("tags").forEach(t -> names.add(t.get("name").asString()));
        return names;
    }

    long tagId(String name) {
        return jdbc.sql("SELECT id FROM tag WHERE name = :name").param("name", name).query(Long.class).single();
    }

    boolean categoryExists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    List<Long> searchIds(String q, String filter) {
        HttpResponse<String> response = http.get("/api/v1/search?q=" + enc(q) + (filter == null ? "" : "&" + filter));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    List<String> headerOrder() {
        return Jsoup.parse(http.get("/").body()).select(".featured-nav a").eachText();
    }

    void assertMoved(String from, String to) {
        HttpResponse<String> response = http.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(from).endsWith(to);
    }

    static String text(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).text();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
