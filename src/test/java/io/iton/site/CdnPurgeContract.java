package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import io.iton.shared.PublicPaths;
import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CDN purge webhook, received by a small HTTP server standing in for the CDN. */
abstract class CdnPurgeContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BlockingQueue<JsonNode> RECEIVED = new LinkedBlockingQueue<>();
    private static final HttpServer CDN = start();
    private static final Path INDEX = Path.of("target", "it-data", "purge-" + UUID.randomUUID(), "search");

    @Autowired
    JdbcClient jdbc;

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/purge", exchange -> {
                RECEIVED.add(JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void purgeUrl(DynamicPropertyRegistry registry) {
        registry.add("iton.cache.purge-url", () -> "http://127.0.0.1:" + CDN.getAddress().getPort() + "/purge");
        // A context of its own, beside the other tests' on the same H2 file: its own search index.
        registry.add("iton.search.index-dir", () -> INDEX.toAbsolutePath().toString());
    }

    private JsonNode next(String containing) throws InterruptedException {
        for (JsonNode body; (body = RECEIVED.poll(10, TimeUnit.SECONDS)) != null; ) {
            if (body.toString().contains(containing)) {
                return body;
            }
        }
        throw new AssertionError("no purge mentioning " + containing);
    }

    @Test
    void aPublishPurgesExactlyThePagesThatShowTheArticle() throws Exception {
        long author = DemoData.authorId(jdbc, "desk");
        long category = DemoData.categoryId(jdbc, "culture");
        String json = JSON.writeValueAsString(Map.of("title", "לטיהור " + Fixtures.unique(""), "body", "<p>x</p>",
                "authorId", author, "categoryId", category, "tags", List.of("תיאטרון")));
        long id = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", json).body()).get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");

        JsonNode purge = next("/article/" + id + "/");
        assertThat(purge.get("all").asBoolean()).isFalse();
        List<String> urls = JSON.convertValue(purge.get("urls"), List.class);
        assertThat(urls).contains("http://localhost:8080/", "http://localhost:8080/feed.xml",
                "http://localhost:8080/category/culture", "http://localhost:8080/category/culture/feed.xml",
                "http://localhost:8080/author/desk", "http://localhost:8080/author/desk/feed.xml",
                "http://localhost:8080/tag/%D7%AA%D7%99%D7%90%D7%98%D7%A8%D7%95%D7%9F",
                "http://localhost:8080/sitemaps/news.xml")
                .noneMatch(u -> u.contains("/category/politics"));
    }

    @Test
    void aChangeOutsideTheHeaderPurgesTheCategorysPagesAndAHeaderChangeEverything() throws Exception {
        RECEIVED.clear();
        long id = DemoData.categoryId(jdbc, "sport");
        String json = JSON.writeValueAsString(Map.of("name", "ספורט", "slug", "sport", "description", "תיאור חדש",
                "featured", false, "menuOrder", 7));
        assertThat(http.asAdmin("PUT", "/api/v1/categories/" + id, json).statusCode()).isEqualTo(200);
        JsonNode purge = next("/category/sport");
        assertThat(purge.get("all").asBoolean()).isFalse();
        assertThat(JSON.convertValue(purge.get("urls"), List.class)).contains("http://localhost:8080/category/sport",
                "http://localhost:8080/category/sport/feed.xml", "http://localhost:8080/sitemap.xml")
                .noneMatch(u -> u.toString().contains("/category/politics"));

        RECEIVED.clear();
        assertThat(http.asAdmin("PUT", "/api/v1/categories/" + id, json.replace("\"featured\":false", "\"featured\":true"))
                .statusCode()).isEqualTo(200);
        try {
            assertThat(next("\"all\":true").get("all").asBoolean()).isTrue();
        } finally {
            http.asAdmin("PUT", "/api/v1/categories/" + id, json);
        }
    }

    @Test
    void aTagRenamePurgesItsOldAndNewAddressesAndTheArticlesThatShowIt() throws Exception {
        String name = "תגית לטיהור " + Fixtures.unique("");
        JsonNode created = JSON.readTree(http.asAdmin("POST", "/api/v1/tags", JSON.writeValueAsString(Map.of("name", name))).body());
        long tag = created.get("id").asLong();
        String oldSlug = created.get("slug").asString();
        String json = JSON.writeValueAsString(Map.of("title", "כתבה עם תגית לטיהור " + Fixtures.unique(""), "body", "<p>x</p>",
                "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", DemoData.categoryId(jdbc, "sport"),
                "tags", List.of(name)));
        long article = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", json).body()).get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + article + "/publish", "{\"version\":0}");
        next("/article/" + article + "/");  // the publish's own purge, sent in the background: not the one asked about
        RECEIVED.clear();
        String newSlug = JSON.readTree(http.asAdmin("PUT", "/api/v1/tags/" + tag,
                JSON.writeValueAsString(Map.of("name", name + " חדש"))).body()).get("slug").asString();
        JsonNode purge = next("/article/" + article + "/");
        assertThat(purge.get("all").asBoolean()).isFalse();
        List<String> urls = JSON.convertValue(purge.get("urls"), List.class);
        assertThat(urls).contains("http://localhost:8080" + PublicPaths.tag(oldSlug),
                "http://localhost:8080" + PublicPaths.tag(newSlug), "http://localhost:8080" + PublicPaths.tag(newSlug) + "/feed.xml")
                .anyMatch(u -> u.contains("/article/" + article + "/"));
    }
}
