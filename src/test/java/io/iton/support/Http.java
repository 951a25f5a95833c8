package io.iton.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for the running app: no redirects followed, so tests see every 301. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public HttpResponse<String> getAsAdmin(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic()).GET());
    }

    /** A JSON request as the bootstrap administrator. */
    public HttpResponse<String> asAdmin(String method, String path, String json) {
        return send(json(method, path, json).header("Authorization", basic()));
    }

    public HttpResponse<String> as(String email, String password, String method, String path, String json) {
        return send(json(method, path, json).header("Authorization", basic(email, password)));
    }

    public HttpResponse<String> anonymous(String method, String path, String json) {
        return send(json(method, path, json));
    }

    public HttpResponse<String> asAdminBytes(String method, String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").header("Authorization", basic())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder json(String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private static String basic() {
        return basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
