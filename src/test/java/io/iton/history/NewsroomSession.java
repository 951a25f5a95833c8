package io.iton.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.iton.support.Http;

/**
 * A logged-in newsroom user as a browser without JavaScript would be: a session cookie, forms
 * submitted with the hidden fields the page gave them (the CSRF token among them), no redirects
 * followed so tests see each one.
 */
final class NewsroomSession {

    private final Http http;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private NewsroomSession(Http http) {
        this.http = http;
    }

    static NewsroomSession login(Http http, String email, String password) {
        NewsroomSession session = new NewsroomSession(http);
        Document page = Jsoup.parse(session.get("/newsroom/login").body());
        HttpResponse<String> login = session.submit(page, "form[action=/newsroom/login]",
                Map.of("username", email, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(http.url(path))).GET());
    }

    /** Posts the form that {@code selector} finds in {@code page}: its own fields, then {@code fields} over them. */
    HttpResponse<String> submit(Document page, String selector, Map<String, String> fields) {
        Element form = page.selectFirst(selector);
        assertThat(form).as("a form %s on the page", selector).isNotNull();
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        values.putAll(fields);
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(http.url(form.attr("action"))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(client, request);
    }
}
