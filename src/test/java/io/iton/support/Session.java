package io.iton.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A newsroom user's browser session without the browser: cookies kept, redirects not followed,
 * and every form POST carrying the CSRF token the newsroom put in its pages.
 */
public final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final Http http;
    private String csrf;

    private Session(Http http) {
        this(http, HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private Session(Http http, HttpClient client) {
        this.http = http;
        this.client = client;
    }

    /** The same browser (its cookies) talking to another node of the site, as behind a load balancer. */
    public Session on(Http node) {
        return new Session(node, client);
    }

    /** A session that has not logged in. */
    public static Session anonymous(Http http) {
        return new Session(http);
    }

    /** Logs in through the login form; fails the test if the form does not accept the password. */
    public static Session login(Http http, String email, String password) {
        Session session = new Session(http);
        var answer = session.post("/newsroom/login", Map.of("username", email, "password", password));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/newsroom/login")) {
            throw new AssertionError("login as " + email + " refused: " + answer.statusCode() + " " + location);
        }
        session.csrf = null;  // a new session after login, with a new token
        return session;
    }

    public HttpResponse<String> get(String path) {
        var answer = send(HttpRequest.newBuilder(URI.create(http.url(path))).GET());
        remember(answer.body());
        return answer;
    }

    /** A form POST with the session's CSRF token added. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        var answer = send(form(path, fields));
        remember(answer.body());
        return answer;
    }

    /** A form POST with the session's CSRF token added, whose answer is a file to download. */
    public HttpResponse<byte[]> postForBytes(String path, Map<String, String> fields) {
        return send(form(path, fields), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", token());
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** A file as the browser sends it: not remembered as a page, the bytes as they came. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(http.url(path))).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A {@code multipart/form-data} POST as a file upload sends it: the fields, then {@code file}
     * (left out when null). No token is added: put it in {@code fields}, the address or {@code headers}.
     */
    public HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName, String contentType,
                                          byte[] file, Map<String, String> headers) {
        String boundary = "----iton" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        var answer = send(request);
        remember(answer.body());
        return answer;
    }

    /** The CSRF token of this session, read from a newsroom page. */
    public String token() {
        if (csrf == null) {
            get("/newsroom/login");
            if (csrf == null) {
                get("/newsroom");
            }
        }
        return csrf;
    }

    private void remember(String page) {
        Matcher m = CSRF.matcher(page == null ? "" : page);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
