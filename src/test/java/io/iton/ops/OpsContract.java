package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.support.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Operations and hardening, end to end over HTTP: headers, health, metrics, limits, errors. */
abstract class OpsContract extends OpsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> LEAKS = List.of("SELECT", "secret_column", FaultyController.TABLE, "Exception",
            "io.iton", "at line", "org.springframework", "jdbc", "stack", "trace");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client address of the test's own, through the trusted proxy. */
    private static String[] from(String address) {
        return new String[] {"X-Forwarded-For", address};
    }

    private long publishedArticle() {
        String json = JSON.writeValueAsString(Map.of("title", Fixtures.unique("כותרת תפעול"), "subtitle", "משנה",
                "body", "<p>גוף</p>", "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "politics"), "tags", List.of("ישראל")));
        long id = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", json).body()).get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        return id;
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        var headers = response.headers();
        String csp = headers.allValues("Content-Security-Policy").stream().findFirst().orElse("");
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        assertThat(csp).as(what).contains("script-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
        assertThat(csp).as(what).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("SAMEORIGIN");
        assertThat(headers.allValues("Referrer-Policy")).as(what).hasSize(1);
        assertThat(headers.allValues("Permissions-Policy")).as(what).hasSize(1);
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersOnceFreshCachedErrorAndApi() {
        long id = publishedArticle();
        String article = "/article/" + id + "/x";
        String canonical = get(article).headers().firstValue("Location").orElseThrow();
        Map<String, String> pages = Map.of(
                "article, rendered", canonical, "article, from the page cache", canonical, "home", "/",
                "a 301", article, "a 404", "/no/such/page", "search", "/search?q=" + URLEncoder.encode("רוסיה", StandardCharsets.UTF_8),
                "the API", "/api/v1/articles", "an API 404", "/api/v1/articles/999999999",
                "the newsroom login", "/newsroom/login", "health", "/actuator/health");
        for (var page : pages.entrySet()) {
            HttpResponse<String> response = get(page.getValue(), from("10.1.0.1"));
            assertSecurityHeaders(response, page.getKey());
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(page.getKey()).isEmpty();
        }
        assertSecurityHeaders(get("/css/site.css"), "a static file");
        assertSecurityHeaders(get("/category/faulty/db"), "a server error");
        assertThat(get("/newsroom/login").headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(get(canonical).headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void httpsBehindTheProxyAddsHsts() {
        HttpResponse<String> secure = get("/", "X-Forwarded-Proto", "https", "X-Forwarded-For", "10.1.0.2");
        assertThat(secure.headers().allValues("Strict-Transport-Security")).containsExactly("max-age=31536000; includeSubDomains");
        assertSecurityHeaders(secure, "over https");
        assertThat(get("/api/v1/articles", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void healthHasLivenessAndReadinessWithTheDatabaseAndTheSearchIndex() {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode ready = JSON.readTree(readiness.body());
        assertThat(ready.get("status").asString()).isEqualTo("UP");
        assertThat(ready.get("components").propertyNames()).contains("db", "search", "readinessState");
        assertThat(ready.get("components").get("search").get("status").asString()).isEqualTo("UP");
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(liveness.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusIsForAdministratorsAndNamesRoutesNotAddresses() {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        long id = publishedArticle();
        String canonical = get("/article/" + id + "/x").headers().firstValue("Location").orElseThrow();
        for (String slug : List.of("רוסיה", "%D7%A9%D7%9C%D7%95%D7%9D", "ישראל-" + id, "x")) {
            get("/article/" + id + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
            get("/tag/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
        }
        get(canonical);
        get(canonical);
        get("/search?q=" + URLEncoder.encode("ברוסיה", StandardCharsets.UTF_8), from("10.1.0.3"));

        HttpResponse<String> metrics = http.getAsAdmin("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        String text = metrics.body();
        assertThat(text).contains("uri=\"/article/{id}/{slug}\"", "uri=\"/tag/{slug}\"", "uri=\"/search\"",
                "iton_search_seconds_count", "iton_page_render_seconds_count", "iton_scheduler_lag_seconds",
                "iton_outbox_backlog{application=\"iton\",status=\"PENDING\"}",
                "cache_gets_total{application=\"iton\",cache=\"pages\",result=\"hit\"}");
        Matcher uris = Pattern.compile("uri=\"([^\"]*)\"").matcher(text);
        while (uris.find()) {
            assertThat(uris.group(1)).as("a uri tag").doesNotContain("%").doesNotMatch(".*[\\u0590-\\u05FF].*")
                    .doesNotMatch(".*/\\d+(/.*)?");
        }
        // A page served from the cache is answered before the request-metrics filter (that filter
        // cost a third of a hit's time); hits are counted by the cache's own metrics instead.
        assertThat(articlesServed(text)).as("the rendered page, named by its route").isGreaterThanOrEqualTo(1);
        assertThat(text).as("no 200 without a route").doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"UNKNOWN\"");
    }

    /** GETs of the article route answered 200: rendered by the controller or from the page cache. */
    private static double articlesServed(String text) {
        Matcher served = Pattern.compile("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\",uri=\"/article/\\{id}/\\{slug}\"} (\\S+)").matcher(text);
        return served.find() ? Double.parseDouble(served.group(1)) : 0;
    }

    @Test
    void searchOverItsAllowanceGetsAHebrew429WithRetryAfterPerAddress() {
        String search = "/search?q=" + URLEncoder.encode("ישראל", StandardCharsets.UTF_8);
        for (int i = 0; i < SEARCHES; i++) {
            assertThat(get(search, from("10.2.0.1")).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = get(search, from("10.2.0.1"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("lang=\"he\"", "יותר מדי בקשות");
        assertSecurityHeaders(refused, "a 429 page");
        HttpResponse<String> api = get("/api/v1/search?q=x", from("10.2.0.1"));
        assertThat(api.statusCode()).as("the API's search shares the address's allowance").isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(api.body()).get("detail").asString()).contains("יותר מדי בקשות");
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(search, from("10.2.0.2")).statusCode()).as("another address").isEqualTo(200);
        assertThat(get("/", from("10.2.0.1")).statusCode()).as("pages are not limited").isEqualTo(200);
    }

    @Test
    void apiReadsAreLimitedPerAddressAndWritesPerAccount() {
        for (int i = 0; i < API_READS; i++) {
            assertThat(get("/api/v1/categories", from("10.3.0.1")).statusCode()).isEqualTo(200);
        }
        assertThat(get("/api/v1/categories", from("10.3.0.1")).statusCode()).isEqualTo(429);
        assertThat(get("/api/v1/categories", from("10.3.0.2")).statusCode()).isEqualTo(200);

        String writer = Fixtures.unique("ops-writer") + "@iton.test";
        accounts.create(writer, "כותבת תפעול", "ops-writer-password-1", Role.WRITER);
        String draft = JSON.writeValueAsString(Map.of("title", Fixtures.unique("טיוטה"), "body", "<p>גוף</p>",
                "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", DemoData.categoryId(jdbc, "politics"),
                "tags", List.of()));
        for (int i = 0; i < API_WRITES; i++) {
            assertThat(http.as(writer, "ops-writer-password-1", "POST", "/api/v1/articles", draft).statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> refused = http.as(writer, "ops-writer-password-1", "POST", "/api/v1/articles", draft);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(429);
        assertThat(http.asAdmin("POST", "/api/v1/articles", draft).statusCode()).as("another account").isEqualTo(201);
    }

    @Test
    void noStackTraceOrSqlReachesAVisitor() {
        for (String path : List.of("/category/faulty/db", "/category/faulty/template", "/category/faulty/runtime")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(500);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("lang=\"he\"", "משהו השתבש");
            assertNoLeak(page.body(), path);
        }
        for (String path : List.of("/api/v1/faulty/db", "/api/v1/faulty/runtime")) {
            HttpResponse<String> problem = get(path, from("10.4.0.1"));
            assertThat(problem.statusCode()).as(path).isEqualTo(500);
            assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).as(path)
                    .startsWith("application/problem+json");
            assertNoLeak(problem.body(), path);
        }
        Session editor = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        for (String path : List.of("/newsroom/faulty/db", "/newsroom/faulty/template")) {
            HttpResponse<String> page = editor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(500);
            assertNoLeak(page.body(), path);
        }
    }

    @Test
    void aSearchThatCannotGetATurnInTimeTellsTheReaderToTryAgainSoon() {
        HttpResponse<String> page = get("/category/faulty/busy");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.body()).contains("lang=\"he\"", "יש עומס רב כרגע", "נסו שוב בעוד כמה שניות");
        assertNoLeak(page.body(), "the site's busy page");
        HttpResponse<String> problem = get("/api/v1/faulty/busy", from("10.4.0.2"));
        assertThat(problem.statusCode()).isEqualTo(503);
        assertThat(problem.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(problem.body()).get("detail").asString()).contains("נסו שוב בעוד כמה שניות");
        assertNoLeak(problem.body(), "the API's busy problem");
    }

    private static void assertNoLeak(String body, String what) {
        for (String leak : LEAKS) {
            assertThat(body).as(what).doesNotContainIgnoringCase(leak);
        }
    }

    @Test
    void aFormPostOverTheLimitGetsAHebrew413NotAReset() {
        String big = "q=" + "א".repeat(70 * 1024 / 9 * 2);
        HttpResponse<String> refused = send("POST", "/newsroom/password-reset", "application/x-www-form-urlencoded",
                "email=" + URLEncoder.encode(big, StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("lang=\"he\"", "הבקשה גדולה מדי");
        assertSecurityHeaders(refused, "a 413 page");
        HttpResponse<String> small = send("POST", "/newsroom/password-reset", "application/x-www-form-urlencoded",
                "email=a%40b.test");
        assertThat(small.statusCode()).as("a small form gets past the limit (and is refused for its CSRF token)")
                .isEqualTo(403);
    }

    @Test
    void aHeaderOverTheLimitGetsAnAnswerNotAReset() {
        HttpResponse<String> refused = get("/", "X-Big", "a".repeat(70 * 1024));
        assertThat(refused.statusCode()).isBetween(400, 431);
        assertThat(refused.body()).contains("lang=\"he\"");
    }
}
