package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.support.S3Server;
import io.iton.support.SecondNode;
import io.iton.support.Session;
import io.iton.support.TestDb;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Media in an S3 bucket (issue 8), against a real S3 server (S3Proxy in its own process): an
 * upload through the newsroom puts every copy in the bucket, the public article page's image is
 * streamed from the bucket with its headers, a second node on the same database and bucket serves
 * what the first uploaded and the other way round, a public address redirects there, and a
 * delete removes the objects for every node.
 */
abstract class MediaOnS3Contract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient PLAIN = HttpClient.newHttpClient();
    private static SecondNode other;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    MediaLibrary library;

    @Autowired
    S3Properties s3;

    final S3Server server = S3Server.get();
    String email;

    /** A bucket of the context's own, and a search index of its own beside the other contexts of the run. */
    static void ownBucket(DynamicPropertyRegistry registry) {
        S3Server server = S3Server.get();
        server.register(registry, server.newBucket(), "news/");
        registry.add("iton.search.index-dir", () -> Path.of("target", "it-data", "s3-" + UUID.randomUUID(), "search")
                .toAbsolutePath().toString());
    }

    /** An H2 database of the context's own: the other H2 contexts of the run keep the default one. */
    static void ownH2Database(DynamicPropertyRegistry registry) {
        Path folder = Path.of("target", "it-data", "s3-h2-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("iton") + TestDb.H2_OPTIONS);
    }

    @BeforeEach
    void secondNode() {
        if (other == null) {
            other = SecondNode.on(dataSource, server.arguments(s3.bucket(), s3.prefix()));
        }
        email = Fixtures.unique("photo") + "@iton.test";
        accounts.create(email, "צלמת", MediaContract.PASSWORD, Role.WRITER);
    }

    @AfterAll
    static void stop() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Test
    void anImageUploadedOnOneNodeIsInTheBucketOnTheArticlePageOfBothAndDeletedForBoth() throws Exception {
        // uploaded through the other node's newsroom
        Session there = Session.login(other.http, email, MediaContract.PASSWORD);
        long id = upload(there, TestImages.jpeg(1300, 700));
        Image image = library.find(id).orElseThrow();
        String folder = image.originalUrl().split("/")[2];
        String objects = s3.prefix() + "images/" + folder + "/";
        assertThat(server.keys(s3.bucket(), objects)).containsExactly(objects + "1024.jpg", objects + "320.jpg",
                objects + "640.jpg", objects + "original.jpg");
        HeadObjectResponse copy = server.client().headObject(b -> b.bucket(s3.bucket()).key(objects + "1024.jpg"));
        assertThat(copy.contentType()).isEqualTo("image/jpeg");

        // the article page on this node shows it, and this node streams it from the bucket
        String page = publishedWith(id);
        Element img = Jsoup.parse(http.get(page).body()).selectFirst("figure.featured-image img");
        assertThat(img.attr("src")).isEqualTo(image.src()).endsWith(folder + "/1024.jpg");
        HttpResponse<byte[]> served = bytes(http.url(img.attr("src")), Map.of());
        byte[] inBucket = server.client().getObjectAsBytes(b -> b.bucket(s3.bucket()).key(objects + "1024.jpg"))
                .asByteArray();
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(inBucket);
        assertThat(TestImages.read(served.body()).getWidth()).isEqualTo(1024);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValueAsLong("Content-Length")).hasValue(copy.contentLength());
        assertThat(served.headers().firstValue("ETag")).hasValue(copy.eTag());
        assertThat(served.headers().firstValue("Last-Modified")).isPresent();
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
        assertThat(bytes(http.url(img.attr("src")), Map.of("If-None-Match", copy.eTag())).statusCode())
                .as("a browser that has it").isEqualTo(304);

        // the other node shows the same page and image
        assertThat(other.http.get(page).body()).contains(image.src());
        assertThat(bytes(other.http.url(image.originalUrl()), Map.of()).body()).isEqualTo(
                server.client().getObjectAsBytes(b -> b.bucket(s3.bucket()).key(objects + "original.jpg")).asByteArray());

        // deleted on this node: gone from the bucket and from both nodes
        Session here = there.on(http);
        assertThat(here.post("/newsroom/media/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(server.keys(s3.bucket(), objects)).isEmpty();
        assertThat(http.get(image.src()).statusCode()).isEqualTo(404);
        assertThat(other.http.get(image.originalUrl()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadOnThisNodeIsServedByTheOtherAndRangesAndHeadWork() throws Exception {
        Session here = Session.login(http, email, MediaContract.PASSWORD);
        long id = upload(here, TestImages.png(TestImages.cutOut(200, 100)));
        Image image = library.find(id).orElseThrow();
        HttpResponse<byte[]> there = bytes(other.http.url(image.src()), Map.of());
        assertThat(there.statusCode()).isEqualTo(200);
        assertThat(there.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(TestImages.read(there.body()).getWidth()).isEqualTo(200);

        HttpResponse<byte[]> part = bytes(other.http.url(image.src()), Map.of("Range", "bytes=0-7"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).containsExactly(java.util.Arrays.copyOf(there.body(), 8));
        HttpResponse<Void> head = PLAIN.send(HttpRequest.newBuilder(URI.create(http.url(image.src())))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(there.body().length);
    }

    @Test
    void aNodeWithAPublicAddressSendsReadersToTheBucket() throws Exception {
        Session here = Session.login(http, email, MediaContract.PASSWORD);
        Image image = library.find(upload(here, TestImages.jpeg(500, 300))).orElseThrow();
        String publicUrl = server.endpoint() + "/" + s3.bucket() + "/";
        List<String> settings = new java.util.ArrayList<>(server.arguments(s3.bucket(), s3.prefix()));
        settings.add("--iton.media.s3.public-url=" + publicUrl);
        try (SecondNode cdn = SecondNode.on(dataSource, settings)) {
            HttpResponse<String> redirect = cdn.http.get(image.src());
            assertThat(redirect.statusCode()).isEqualTo(301);
            String key = s3.prefix() + image.src().substring("/media/".length()).replaceFirst("^", "images/");
            assertThat(redirect.headers().firstValue("Location")).hasValue(publicUrl + key);
            assertThat(server.client().getObjectAsBytes(b -> b.bucket(s3.bucket()).key(key)).asByteArray())
                    .isEqualTo(bytes(http.url(image.src()), Map.of()).body());
            assertThat(cdn.http.get("/media/..%2F..%2Fapplication.properties").statusCode()).isIn(400, 404);
            assertThat(cdn.http.get("/media/" + image.src().split("/")[2] + "/x").statusCode()).isEqualTo(404);
        }
    }

    private long upload(Session session, byte[] file) {
        HttpResponse<String> answer = session.multipart("/newsroom/media?_csrf=" + session.token(),
                Map.of("alt", "תמונה בדלי " + Fixtures.unique("")), "photo.bin", "application/octet-stream", file,
                Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(answer.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/newsroom/media/(\\d+)\\?uploaded$", "$1"));
    }

    /** Publishes an article with the image as its featured image; its public path. */
    private String publishedWith(long imageId) {
        JsonNode draft = json(http.asAdmin("POST", "/api/v1/articles", JSON.writeValueAsString(Map.of(
                "title", "כתבה עם תמונה מהדלי " + Fixtures.unique(""), "subtitle", "כותרת משנה",
                "body", "<p>גוף הכתבה</p>", "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "security"), "featuredImageId", imageId))));
        JsonNode published = json(http.asAdmin("POST", "/api/v1/articles/" + draft.get("id").asLong() + "/publish",
                JSON.writeValueAsString(Map.of("version", 0))));
        return URI.create(published.get("url").asString()).getRawPath();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<byte[]> bytes(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return PLAIN.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
