package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.AppTest;
import io.iton.support.Fixtures;
import io.iton.support.Session;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The media library end to end through the real database and store (the media folder, or an S3
 * bucket for {@link MediaOnS3IT}): what is accepted and refused by content, that a refusal leaves
 * nothing behind, serving, and who may change and delete what. (A failure inside the transaction
 * is {@link MediaEditorIT}'s.)
 */
abstract class MediaContract extends AppTest {

    static final String PASSWORD = "סיסמה-ארוכה-לבדיקות";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    MediaStore store;

    @Autowired
    MediaLibrary library;

    Session writer;
    Session otherWriter;
    Session editor;

    @BeforeEach
    void sessions() {
        writer = session(Role.WRITER);
        otherWriter = session(Role.WRITER);
        editor = session(Role.EDITOR);
    }

    @Test
    void aPngNamedJpgIsAcceptedAsPngAndServedForGood() {
        long id = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "גרף האינפלציה", "caption", "כיתוב"),
                "photo.jpg", "image/jpeg", TestImages.png(TestImages.photo(1200, 600))));
        assertThat(jdbc.sql("SELECT source_format FROM media WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PNG");
        Image image = library.find(id).orElseThrow();
        assertThat(image.originalUrl()).endsWith("/original.png");
        assertThat(image.src()).matches("/media/" + id + "-[a-z2-7]{12}/1024\\.jpg");
        assertThat(image.width()).isEqualTo(1024);
        assertThat(image.height()).isEqualTo(512);
        assertThat(image.srcset()).contains("/320.jpg 320w", "/640.jpg 640w", "/1024.jpg 1024w", "/original.png 1200w");
        assertThat(image.alt()).isEqualTo("גרף האינפלציה");

        HttpResponse<byte[]> original = writer.getBytes(image.originalUrl());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(original.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
        assertThat(original.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(TestImages.read(original.body()).getWidth()).isEqualTo(1200);
        assertThat(http.get(image.originalUrl()).statusCode()).as("public, no login").isEqualTo(200);
        HttpResponse<byte[]> copy = writer.getBytes(image.src());
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(TestImages.read(copy.body()).getWidth()).isEqualTo(1024);
    }

    @Test
    void aScriptOrSvgNamedLikeAnImageIsRefusedInHebrewWithTheWordsKept() {
        Map<String, byte[]> refused = Map.of(
                "evil.jpg", "#!/bin/sh\nrm -rf /\n".getBytes(),
                "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(),
                "logo.png", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>".getBytes());
        long rows = rows();
        List<String> folders = folders();
        refused.forEach((name, bytes) -> {
            HttpResponse<String> response = upload(writer, "/newsroom/media",
                    Map.of("alt", "תיאור שנשמר", "credit", "צלם"), name, "image/jpeg", bytes);
            assertThat(response.statusCode()).as(name).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("#media-file-error").text()).as(name)
                    .contains("הקובץ אינו תמונה מסוג שאפשר להעלות", "SVG");
            assertThat(page.selectFirst("#media-file").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.selectFirst("#media-alt").val()).isEqualTo("תיאור שנשמר");
            assertThat(page.selectFirst("#media-credit").attr("value")).isEqualTo("צלם");
        });
        assertThat(rows()).isEqualTo(rows);
        assertThat(folders()).isEqualTo(folders);
        assertThat(incoming()).isEmpty();
    }

    @Test
    void anUploadOverTheLimitIsRefusedInHebrewAndLeavesNothing() {
        long rows = rows();
        List<String> folders = folders();
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.jpeg(50, 50), 0, tooBig, 0, 600);
        HttpResponse<String> response = upload(writer, "/newsroom/media", Map.of("alt", "גדול מדי"), "big.jpg",
                "image/jpeg", tooBig);
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("#media-file-error").text()).isEqualTo("הקובץ גדול מדי: אפשר להעלות תמונה של עד 10 מגה-בייט.");
        assertThat(rows()).isEqualTo(rows);
        assertThat(folders()).isEqualTo(folders);
        assertThat(incoming()).isEmpty();

        // the editor's script sends its token in the body, which the container never reads here
        for (HttpResponse<String> json : List.of(
                uploadJson(writer, Map.of("alt", "גדול מדי"), "big.jpg", tooBig, writer.token()),
                uploadJson(writer, Map.of("_csrf", writer.token(), "alt", "גדול מדי"), "big.jpg", tooBig, null))) {
            assertThat(json.statusCode()).isEqualTo(413);
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(tree(json).path("detail").asString()).isEqualTo("הקובץ גדול מדי: אפשר להעלות תמונה של עד 10 מגה-בייט.");
        }
        assertThat(rows()).isEqualTo(rows);
        assertThat(folders()).isEqualTo(folders);
    }

    @Test
    void webpAndGifAreAcceptedAndAnAnimatedGifIsServedOriginalOnly() {
        Image webp = library.find(uploaded(upload(writer, "/newsroom/media", Map.of("alt", "webp"), "a.webp", "image/webp",
                TestImages.resource("opaque.webp")))).orElseThrow();
        assertThat(webp.srcset()).contains("/320.jpg 320w", "/640.jpg 640w", "/original.jpg 800w");
        assertThat(writer.getBytes(webp.src()).statusCode()).isEqualTo(200);

        Image gif = library.find(uploaded(upload(writer, "/newsroom/media", Map.of("alt", "gif"), "a.gif", "image/gif",
                TestImages.gif(500, 300)))).orElseThrow();
        assertThat(gif.originalUrl()).endsWith("/original.gif");
        assertThat(gif.srcset()).contains("/320.jpg 320w", "/original.gif 500w");

        byte[] animation = TestImages.animatedGif(400, 200, 3);
        Image animated = library.find(uploaded(upload(writer, "/newsroom/media", Map.of("alt", "הנפשה"), "a.gif",
                "image/gif", animation))).orElseThrow();
        assertThat(animated.src()).isEqualTo(animated.originalUrl()).endsWith("/original.gif");
        assertThat(animated.srcset()).isEmpty();
        assertThat(animated.srcType()).isEqualTo("image/gif");
        HttpResponse<byte[]> served = writer.getBytes(animated.src());
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(served.body()).isEqualTo(animation);
    }

    @Test
    void altTextIsRequiredAndTheOtherWordsAreKept() {
        long rows = rows();
        HttpResponse<String> response = upload(writer, "/newsroom/media", Map.of("alt", "  ", "caption", "כיתוב שנשמר"),
                "a.png", "image/png", TestImages.png(TestImages.photo(100, 100)));
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#media-alt-error").text()).isEqualTo("יש לכתוב טקסט חלופי: תיאור קצר של מה שרואים בתמונה.");
        assertThat(page.selectFirst("#media-alt").attr("aria-describedby")).contains("media-alt-error");
        assertThat(page.selectFirst("#media-caption").val()).isEqualTo("כיתוב שנשמר");
        assertThat(page.selectFirst(".notice.error")).isNotNull();
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void theUploaderEditsTheWordsAndAnEmptyAltIsRefusedWithTheInputKept() {
        long id = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "לפני"), "a.jpg", "image/jpeg",
                TestImages.jpeg(400, 300)));
        HttpResponse<String> saved = writer.post("/newsroom/media/" + id,
                Map.of("alt", "אחרי", "caption", "ראש הממשלה בכנסת", "credit", "צילום: סוכנות"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/media/" + id + "?saved");
        Image image = library.find(id).orElseThrow();
        assertThat(image.alt()).isEqualTo("אחרי");
        assertThat(image.caption()).isEqualTo("ראש הממשלה בכנסת");
        assertThat(Jsoup.parse(writer.get("/newsroom/media/" + id + "?saved").body()).selectFirst(".notice.ok").text())
                .isEqualTo("הפרטים נשמרו.");

        HttpResponse<String> refused = writer.post("/newsroom/media/" + id, Map.of("alt", "", "caption", "חדש"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#media-alt-error")).isNotNull();
        assertThat(page.selectFirst("#media-caption").val()).isEqualTo("חדש");
        assertThat(library.find(id).orElseThrow().alt()).isEqualTo("אחרי");

        assertThat(otherWriter.post("/newsroom/media/" + id, Map.of("alt", "השתלטות")).statusCode()).isEqualTo(403);
        assertThat(library.find(id).orElseThrow().alt()).isEqualTo("אחרי");
    }

    @Test
    void deletingRemovesTheRowAndEveryFile() {
        long id = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "למחיקה"), "a.jpg", "image/jpeg",
                TestImages.jpeg(1300, 700)));
        Image image = library.find(id).orElseThrow();
        String folder = image.originalUrl().split("/")[2];
        assertThat(filesOf(folder)).hasSize(4);
        HttpResponse<String> deleted = writer.post("/newsroom/media/" + id + "/delete", Map.of("confirm", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/media?deleted");
        assertThat(library.find(id)).isEmpty();
        assertThat(filesOf(folder)).isEmpty();
        assertThat(http.get(image.originalUrl()).statusCode()).isEqualTo(404);
        assertThat(http.get(image.src()).statusCode()).isEqualTo(404);
        assertThat(writer.get("/newsroom/media/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void writersMayNotDeleteOthersMediaButEditorsMay() {
        long id = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "של כותב אחד"), "a.jpg", "image/jpeg",
                TestImages.jpeg(400, 300)));
        Document asOther = Jsoup.parse(otherWriter.get("/newsroom/media/" + id).body());
        assertThat(asOther.select("form.media-delete")).isEmpty();
        assertThat(asOther.selectFirst("#media-alt").hasAttr("disabled")).isTrue();
        assertThat(Jsoup.parse(writer.get("/newsroom/media/" + id).body()).select("form.media-delete")).hasSize(1);

        HttpResponse<String> refused = otherWriter.post("/newsroom/media/" + id + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).selectFirst("h1").text()).isEqualTo("אין הרשאה");
        assertThat(library.find(id)).isPresent();
        String folder = library.find(id).orElseThrow().originalUrl().split("/")[2];
        assertThat(filesOf(folder)).isNotEmpty();

        assertThat(editor.post("/newsroom/media/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(library.find(id)).isEmpty();
        assertThat(filesOf(folder)).isEmpty();
    }

    @Test
    void theGridIsNewestFirstSearchableAndPaged() {
        String word = Fixtures.unique("ירושלים");
        long first = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "נוף " + word), "a.jpg", "image/jpeg",
                TestImages.jpeg(400, 300)));
        long second = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "שקיעה", "caption", "מעל " + word),
                "b.jpg", "image/jpeg", TestImages.jpeg(400, 300)));
        uploaded(upload(writer, "/newsroom/media", Map.of("alt", "אחר לגמרי"), "c.jpg", "image/jpeg",
                TestImages.jpeg(400, 300)));
        Document found = Jsoup.parse(writer.get("/newsroom/media?q=" + URLEncoder.encode(word,
                StandardCharsets.UTF_8)).body());
        assertThat(found.select(".media-grid a.media-tile").eachAttr("href"))
                .containsExactly("/newsroom/media/" + second, "/newsroom/media/" + first);
        assertThat(found.select(".media-grid .media-alt").eachText()).containsExactly("שקיעה", "נוף " + word);
        assertThat(found.select(".media-grid .media-caption").eachText()).containsExactly("מעל " + word);
        assertThat(found.selectFirst("#media-q").attr("value")).isEqualTo(word);

        assertThat(Jsoup.parse(writer.get("/newsroom/media?q=%25").body()).select(".media-grid li")).isEmpty();
        for (int i = 0; i < MediaController.PAGE_SIZE; i++) {
            jdbc.sql("""
                            INSERT INTO media (token, source_format, original_ext, width, height, bytes, alt, created_at, updated_at)
                            VALUES ('aaaaaaaaaaaa', 'JPEG', 'jpg', 10, 10, 1, :alt, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .param("alt", "עמוד " + word).update();
        }
        String paged = "/newsroom/media?q=" + URLEncoder.encode("עמוד " + word, StandardCharsets.UTF_8);
        Document one = Jsoup.parse(writer.get(paged).body());
        assertThat(one.select(".media-grid li")).hasSize(MediaController.PAGE_SIZE);
        assertThat(one.selectFirst(".media-pages a[rel=next]")).isNull();
        jdbc.sql("INSERT INTO media (token, source_format, original_ext, width, height, bytes, alt, created_at, updated_at)"
                + " VALUES ('aaaaaaaaaaaa', 'JPEG', 'jpg', 10, 10, 1, :alt, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("alt", "עמוד " + word).update();
        Document two = Jsoup.parse(writer.get(paged).body());
        String next = two.selectFirst(".media-pages a[rel=next]").attr("href");
        assertThat(Jsoup.parse(writer.get(next).body()).select(".media-grid li")).hasSize(1);
    }

    @Test
    void theEditorsJsonListsAndUploadsWithTheSessionAndItsCsrfToken() {
        String alt = Fixtures.unique("תמונה לעורך");
        HttpResponse<String> created = uploadJson(writer, Map.of("alt", alt), "x.bin",
                TestImages.jpeg(1100, 500), writer.token());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode image = tree(created);
        long id = image.path("id").asLong();
        assertThat(image.path("src").asString()).endsWith("/1024.jpg");
        assertThat(image.path("srcset").asString()).contains("320w", "640w", "1024w", "1100w");
        assertThat(image.path("width").asInt()).isEqualTo(1024);
        assertThat(image.path("height").asInt()).isEqualTo(465);
        assertThat(image.path("alt").asString()).isEqualTo(alt);

        JsonNode list = tree(writer.get("/newsroom/media.json?q=" + URLEncoder.encode(alt,
                StandardCharsets.UTF_8)));
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("id").asLong()).isEqualTo(id);

        HttpResponse<String> refused = uploadJson(writer, Map.of("alt", ""), "x.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(), writer.token());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(tree(refused).path("detail").asString()).contains("הקובץ אינו תמונה", "SVG");
        assertThat(tree(refused).path("errors").path("alt").asString())
                .isEqualTo("יש לכתוב טקסט חלופי: תיאור קצר של מה שרואים בתמונה.");

        HttpResponse<String> tokenInBody = uploadJson(writer, Map.of("_csrf", writer.token(), "alt", "כמו בעורך"), "y.png",
                TestImages.png(TestImages.cutOut(200, 100)), null);
        assertThat(tokenInBody.statusCode()).isEqualTo(201);
        assertThat(tree(tokenInBody).path("src").asString()).endsWith("/original.png");
        assertThat(tree(tokenInBody).path("srcset").asString()).isEmpty();

        long rows = rows();
        assertThat(uploadJson(writer, Map.of("alt", "בלי אסימון"), "x.jpg", TestImages.jpeg(100, 100), null).statusCode())
                .isEqualTo(403);
        assertThat(rows()).isEqualTo(rows);
        assertThat(http.get("/newsroom/media.json").statusCode()).isEqualTo(302);
    }

    @Test
    void onlyFilesOfTheLibraryAreServed() {
        long id = uploaded(upload(writer, "/newsroom/media", Map.of("alt", "נתיב"), "a.jpg", "image/jpeg",
                TestImages.jpeg(400, 300)));
        String folder = library.find(id).orElseThrow().originalUrl().split("/")[2];
        for (String path : List.of("/media/" + folder + "/../../../application.properties",
                "/media/%2e%2e/%2e%2e/application.properties", "/media/" + folder + "/%2e%2e/%2e%2e/incoming",
                "/media/..%2F..%2Fapplication.properties", "/media/" + folder + "/nothing.jpg", "/media/1-none/original.jpg",
                "/media/", "/media/" + folder + "/")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.", "iton.");
        }
    }

    private Session session(Role role) {
        String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
        accounts.create(email, role.name(), PASSWORD, role);
        return Session.login(http, email, PASSWORD);
    }

    /** The upload form as the page sends it, with the CSRF token in the address as the page puts it there. */
    private static HttpResponse<String> upload(Session session, String path, Map<String, String> fields, String fileName,
                                               String contentType, byte[] file) {
        return session.multipart(path + "?_csrf=" + session.token(), fields, fileName, contentType, file, Map.of());
    }

    /** The editor's script: the token in the {@code X-CSRF-TOKEN} header, or none when {@code token} is null. */
    private static HttpResponse<String> uploadJson(Session session, Map<String, String> fields, String fileName,
                                                   byte[] file, String token) {
        return session.multipart("/newsroom/media.json", fields, fileName, "application/octet-stream", file,
                token == null ? Map.of() : Map.of("X-CSRF-TOKEN", token));
    }

    /** The id an upload was given, from the redirect to its page. */
    private static long uploaded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/newsroom/media/").endsWith("?uploaded");
        return Long.parseLong(location.replaceAll(".*/newsroom/media/(\\d+)\\?uploaded$", "$1"));
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
    }

    /** The image folders in the store. */
    private List<String> folders() {
        return stored().stream().map(path -> path.split("/")[1]).distinct().sorted().toList();
    }

    /** The files of one image folder in the store, by name. */
    private List<String> filesOf(String folder) {
        String prefix = MediaFiles.IMAGES + "/" + folder + "/";
        return stored().stream().filter(path -> path.startsWith(prefix)).map(path -> path.substring(prefix.length()))
                .toList();
    }

    private List<String> stored() {
        try {
            return store.list().stream().map(MediaFiles.MediaFile::path).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is left in the local folder where uploads are processed. */
    private List<String> incoming() {
        Path probe = store.stage();
        store.discard(probe);
        return files(probe.getParent());
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
