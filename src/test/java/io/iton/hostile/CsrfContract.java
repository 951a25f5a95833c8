package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.iton.hostile.Endpoints.Endpoint;

/**
 * Cross-site request forgery against every state-changing form the application maps (read from
 * the handler mapping), by a browser that holds a valid administrator's session: without the
 * token, and with a forged one, each is refused with 403 and no row of any table changes; the
 * login, logout and the public advertising form too. The API takes no cookies: the same session
 * cookie alone authorizes no API write.
 */
abstract class CsrfContract extends HostileTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyFormRefusesARequestWithoutItsTokenAndChangesNothing() throws Exception {
        List<Endpoint> forms = Endpoints.of(mapping).stream()
                .filter(e -> e.changesState() && !e.api() && !e.pattern().equals("/error")).toList();
        assertThat(forms).as("forms found").hasSizeGreaterThan(40);
        CookieBrowser victim = CookieBrowser.loggedIn(this);
        Map<String, String> before = Tables.fingerprint(jdbc);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : forms) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.fields().forEach(f -> fields.put(f, "1"));
            fields.put("role", "ADMIN");
            fields.put("enabled", "false");
            for (String token : List.of("", "forged-" + java.util.UUID.randomUUID())) {
                Map<String, String> sent = new LinkedHashMap<>(fields);
                if (!token.isEmpty()) {
                    sent.put("_csrf", token);
                }
                var answer = victim.post(e.path("1"), sent);
                if (answer.statusCode() != 403) {
                    wrong.add(e.method() + " " + e.pattern() + (token.isEmpty() ? " without token" : " with a forged token")
                            + ": " + answer.statusCode());
                }
            }
        }
        for (String path : List.of("/newsroom/login", "/newsroom/logout", "/advertise")) {
            var answer = victim.post(path, Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
            if (answer.statusCode() != 403) {
                wrong.add("POST " + path + " without token: " + answer.statusCode());
            }
        }
        assertThat(wrong).as("forms that took a forged request").isEmpty();
        assertThat(victim.get("/newsroom/users").statusCode()).as("the session still works: it was a valid one").isEqualTo(200);
        assertThat(Tables.changedSince(before, jdbc)).as("every table, row by row").isEmpty();
    }

    @Test
    void aSessionCookieAloneAuthorizesNoApiCall() throws Exception {
        List<Endpoint> writes = Endpoints.of(mapping).stream().filter(e -> e.changesState() && e.api()).toList();
        assertThat(writes).as("API writes found").hasSizeGreaterThan(10);
        CookieBrowser victim = CookieBrowser.loggedIn(this);
        Map<String, String> before = Tables.fingerprint(jdbc);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : writes) {
            var answer = victim.json(e.method(), e.path("1"), "{\"name\":\"מזויף\",\"title\":\"מזויף\",\"version\":0}");
            if (answer.statusCode() != 401) {
                wrong.add(e.method() + " " + e.pattern() + " with only the session cookie: " + answer.statusCode());
            }
        }
        var audit = victim.json("GET", "/api/v1/audit", null);
        assertThat(audit.statusCode()).as("an admin-only API read with only the cookie").isEqualTo(401);
        assertThat(wrong).isEmpty();
        assertThat(Tables.changedSince(before, jdbc)).isEmpty();
    }

    /** A browser with the administrator's cookies that an attacker's page makes send requests. */
    static final class CookieBrowser {
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final int port;

        private CookieBrowser(int port) {
            this.port = port;
        }

        static CookieBrowser loggedIn(HostileTestBase test) throws Exception {
            CookieBrowser browser = new CookieBrowser(test.serverPort());
            String token = Jsoup.parse(browser.get("/newsroom/login").body()).selectFirst("input[name=_csrf]").attr("value");
            var answer = browser.post("/newsroom/login", Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD,
                    "_csrf", token));
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("login");
            return browser;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> json(String method, String path, String json) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
