package io.iton.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.support.Http;
import io.iton.support.SecondNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on one database (issue 8): a change made on one reaches the other's page cache and
 * search index within two seconds, through the change log, and is recorded once, not once per node.
 */
abstract class ClusterContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static SecondNode other;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void secondNode() {
        if (other == null) {
            other = SecondNode.on(dataSource);
        }
    }

    @AfterAll
    static void stop() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    private JsonNode send(Http node, String method, String path, Object body) {
        var response = node.asAdmin(method, path, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static void within(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + limit).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The page at {@code path}, after the 301 a changed slug answers with. */
    private static String followed(Http node, String path) {
        var page = node.get(path);
        return page.statusCode() == 301
                ? node.get(java.net.URI.create(page.headers().firstValue("Location").orElseThrow()).getRawPath()).body()
                : page.body();
    }

    /** Whether a search for {@code word} lists the article with {@code text} (the word itself comes marked). */
    private static boolean searchFinds(Http node, String word, String path, String text) {
        var page = node.get("/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        return page.statusCode() == 200 && page.body().contains(path) && page.body().contains(text);
    }

    @Test
    void aPublishOnOneNodeShowsOnTheOtherPageAndSearchWithinTwoSeconds() throws Exception {
        String word = "צומתבדיקה" + Fixtures.unique("").replaceAll("[^0-9]", "");
        String title = "כתבה משני צמתים " + word;
        JsonNode draft = send(http, "POST", "/api/v1/articles", Map.of("title", title, "subtitle", "כותרת משנה",
                "body", "<p>בצה\"ל אמרו " + word + "</p>", "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "security"), "tags", List.of("צמתים")));
        long id = draft.get("id").asLong();
        assertThat(other.http.get("/").body()).doesNotContain(title);  // the other node caches its home page

        JsonNode published = send(http, "POST", "/api/v1/articles/" + id + "/publish", Map.of("version", 0));
        String path = java.net.URI.create(published.get("url").asString()).getRawPath();
        within(WITHIN, "home page on the other node", () -> other.http.get("/").body().contains(title));
        assertThat(other.http.get(path).statusCode()).isEqualTo(200);
        assertThat(http.get(path).body()).contains(title);  // and this node caches the article page
        within(WITHIN, "search on the other node", () -> searchFinds(other.http, word, path, "כתבה משני צמתים"));

        String edited = title + " מעודכנת";
        send(other.http, "PUT", "/api/v1/articles/" + id, Map.of("title", edited, "subtitle", "כותרת משנה",
                "body", "<p>בצה\"ל אמרו " + word + "</p>", "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "security"), "tags", List.of("צמתים"),
                "version", published.get("version").asInt()));
        within(WITHIN, "the edit made on the other node, on this node's cached page",
                () -> followed(http, path).contains(edited));
        within(WITHIN, "this node's search", () -> searchFinds(http, word, "/article/" + id + "/", "מעודכנת"));

        long revisions = jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = :id")
                .param("id", id).query(Long.class).single();
        Thread.sleep(1_000);  // both nodes have read the log by now
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = :id")
                .param("id", id).query(Long.class).single()).as("history written once, by the node that saved")
                .isEqualTo(revisions);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT node) FROM change_log").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }
}
