package io.iton.media;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A newsroom user's browser session over plain HTTP: logged in through the real form, with its
 * cookie, and the CSRF token read from a page as a browser would. No redirects are followed.
 */
final class NewsroomSession {

    private final int port;
    private final HttpClient client;

    private NewsroomSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static NewsroomSession login(int port, String email, String password) {
        NewsroomSession session = new NewsroomSession(port);
        String token = session.tokenFrom("/newsroom/login");
        HttpResponse<String> login = session.postForm("/newsroom/login",
                Map.of("username", email, "password", password, "_csrf", token));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + email + ": " + login.statusCode());
        }
        return session;
    }

    /** A fresh CSRF token of this session, from the upload page. */
    String csrf() {
        return tokenFrom("/newsroom/media/new");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST with this session's CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        return postForm(path, all);
    }

    /** The upload form as a browser sends it, the token in the address as the page puts it there. */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, String contentType,
                                byte[] file) {
        String token = csrf();
        return multipart(path + (path.contains("?") ? "&" : "?") + "_csrf=" + token, fields, fileName, contentType,
                file, Map.of());
    }

    /** The editor's script: the token in the {@code X-CSRF-TOKEN} header (or none, when {@code token} is null). */
    HttpResponse<String> uploadJson(Map<String, String> fields, String fileName, byte[] file, String token) {
        return multipart("/newsroom/media.json", fields, fileName, "application/octet-stream", file,
                token == null ? Map.of() : Map.of("X-CSRF-TOKEN", token));
    }

    private HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName,
                                           String contentType, byte[] file, Map<String, String> headers) {
        String boundary = "----iton" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String tokenFrom(String path) {
        return Jsoup.parse(get(path).body()).selectFirst("input[name=_csrf]").attr("value");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
