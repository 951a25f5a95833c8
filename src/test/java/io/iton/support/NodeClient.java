package io.iton.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the process tests do to a running node through its public surface: the newsroom API as the
 * bootstrap administrator, and the pages and search a reader sees.
 */
public record NodeClient(Http http) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static NodeClient of(NodeProcess node) {
        return new NodeClient(node.http());
    }

    /** A request that must be answered 2xx; its JSON. */
    public JsonNode send(String method, String path, Object body) {
        var response = http.asAdmin(method, path, body == null ? null : JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    public JsonNode create(String title, String body, long authorId, long categoryId, List<String> tags) {
        return send("POST", "/api/v1/articles", Map.of("title", title, "subtitle", "כותרת משנה", "body", body,
                "authorId", authorId, "categoryId", categoryId, "tags", tags));
    }

    public JsonNode update(long id, int version, String title, String body, long authorId, long categoryId,
                           List<String> tags) {
        return send("PUT", "/api/v1/articles/" + id, Map.of("title", title, "subtitle", "כותרת משנה", "body", body,
                "authorId", authorId, "categoryId", categoryId, "tags", tags, "version", version));
    }

    public JsonNode publish(long id, int version) {
        return send("POST", "/api/v1/articles/" + id + "/publish", Map.of("version", version));
    }

    public JsonNode unpublish(long id, int version) {
        return send("POST", "/api/v1/articles/" + id + "/unpublish", Map.of("version", version));
    }

    /** The page at {@code path} as a reader gets it, after the 301 a changed slug answers with. */
    public String page(String path) {
        var page = http.get(path);
        if (page.statusCode() == 301) {
            page = http.get(URI.create(page.headers().firstValue("Location").orElseThrow()).getRawPath());
        }
        return page.statusCode() == 200 ? page.body() : "";
    }

    public int status(String path) {
        return http.get(path).statusCode();
    }

    /** Whether the search page lists {@code path} for {@code word}. */
    public boolean searchPageFinds(String word, String path) {
        var page = http.get("/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        return page.statusCode() == 200 && page.body().contains(path);
    }

    /** The ids the search API finds for {@code word} (up to 100). */
    public Set<Long> searchIds(String word) {
        var response = http.get("/api/v1/search?size=100&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<Long> ids = new HashSet<>();
        JSON.readTree(response.body()).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** Digits to make a search word of one run's own (search splits at the hyphens of {@code Fixtures.unique}). */
    public static String digits() {
        return Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
    }

    /** Waits until {@code condition} holds; fails saying what did not happen within {@code limit}. Returns the wait. */
    public static Duration within(Duration limit, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + limit).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
