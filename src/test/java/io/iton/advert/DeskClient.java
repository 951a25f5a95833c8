package io.iton.advert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person without a browser: their own cookies and client address ({@code X-Forwarded-For}),
 * no redirects followed, and every form posted with the hidden fields of the page it is on (the
 * CSRF token, the signed form time), as a browser would.
 */
final class DeskClient {

    private final int port;
    private final String address;
    private final HttpClient client;

    DeskClient(int port, String address) {
        this.port = port;
        this.address = address;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The hidden fields of the form with this action on the page, then {@code fields} over them. */
    Map<String, String> formOn(String pagePath, String action) {
        Document page = Jsoup.parse(get(pagePath).body());
        Map<String, String> all = new LinkedHashMap<>();
        var form = page.selectFirst("form[action=\"" + action + "\"]");
        var inputs = form == null ? page.select("input[name=_csrf]") : form.select("input[type=hidden]");
        inputs.forEach(i -> all.put(i.attr("name"), i.attr("value")));
        return all;
    }

    /** Opens the page the form is on, then posts it with that page's hidden fields. */
    HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        Map<String, String> all = formOn(pagePath, action);
        all.putAll(fields);
        return post(action, all);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    /** A form POST with repeated names allowed (checkboxes). */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void login(String email, String password) {
        var answer = submit("/newsroom/login", "/newsroom/login", Map.of("username", email, "password", password));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/newsroom/login")) {
            throw new AssertionError("login as " + email + " refused: " + answer.statusCode() + " " + location);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
