package io.iton.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.shared.PublicPaths;
import io.iton.support.AppTest;
import io.iton.support.Engine;
import io.iton.support.Fixtures;
import io.iton.support.Http;
import io.iton.support.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export and restore end to end: a site with its own Hebrew article, tag, category, image and
 * writer is exported from the newsroom while it serves, restored by the {@code restore} command
 * into a brand-new installation on {@link #target()} (the other engine: H2 ↔ PostgreSQL), and
 * the restored site must answer the same pages byte for byte, let the same people log in with
 * their old passwords, serve the same image bytes and find the same articles. Refusals (a site
 * with content, a cut or corrupted archive) change nothing. {@link ConsistentExport} covers an
 * export taken during writes.
 */
abstract class BackupContract extends AppTest {

    static final String PASSWORD = "סיסמה-ארוכה-לשחזור";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    RestoreCommand restore;

    /** The engine the archive is restored into. */
    abstract Engine target();

    /** More settings of the installation the archive is restored into, such as its media store. */
    List<String> targetSettings() {
        return List.of();
    }

    /** What the restore put in the target's media store, checked beside the image the site serves. */
    void restoredMedia(String imageUrl, byte[] image) {
    }

    @Test
    void theRestoredSiteAnswersTheSamePagesToTheSamePeople() throws Exception {
        Site site = ownSite();
        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        List<String> paths = site.paths();
        Map<String, String> before = pages(http, paths);
        byte[] image = Session.anonymous(http).getBytes(site.imageUrl).body();
        long lastTag = maxId("tag");

        HttpResponse<byte[]> download = admin.postForBytes("/newsroom/backup/export", Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".zip");
        Path archive = Files.createTempFile(Path.of("target").toAbsolutePath(), "export-", ".zip");
        Files.write(archive, download.body());

        refusedHere(archive);

        try (Installation fresh = Installation.empty(target(), targetSettings())) {
            refusedWhole(fresh, archive);
            Installation.Run run = fresh.command("restore", archive.toString());
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("Restored");

            ConfigurableApplicationContext restored = fresh.site();
            Http there = new Http(Installation.port(restored));
            Map<String, String> after = pages(there, paths);
            for (String path : paths) {
                assertThat(normalized(after.get(path))).as("the restored %s", path).isEqualTo(normalized(before.get(path)));
            }
            assertThat(Session.anonymous(there).getBytes(site.imageUrl).body()).isEqualTo(image);
            restoredMedia(site.imageUrl, image);
            Session.login(there, site.writerEmail, PASSWORD);
            Session.login(there, ADMIN_EMAIL, ADMIN_PASSWORD);
            assertThat(searchIds(there, site.word)).isEqualTo(searchIds(http, site.word)).isNotEmpty();

            HttpResponse<String> tag = there.asAdmin("POST", "/api/v1/tags", "{\"name\":\"" + Fixtures.unique("אחרי") + "\"}");
            assertThat(tag.statusCode()).as("a new row gets a new id: " + tag.body()).isEqualTo(201);
            assertThat(JSON.readTree(tag.body()).get("id").asLong()).isGreaterThan(lastTag);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    /** The database and folder this site runs on hold content: refused, with the reason, and nothing changes. */
    private void refusedHere(Path archive) throws Exception {
        long articles = count("article");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = restore.run(List.of(archive.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("השחזור לא בוצע", "אינו ריק");
        assertThat(count("article")).isEqualTo(articles);
    }

    /** A cut and a corrupted archive are refused before anything is written. */
    private void refusedWhole(Installation fresh, Path archive) throws Exception {
        byte[] whole = Files.readAllBytes(archive);
        Path cut = archive.resolveSibling(archive.getFileName() + ".cut");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Installation.Run refused = fresh.command("restore", cut.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("השחזור לא בוצע", "אינו ארכיון ZIP תקין");

        byte[] bent = whole.clone();
        int at = indexOf(bent, "tables/article.jsonl".getBytes(StandardCharsets.UTF_8)) + 200;
        bent[at] ^= 0x5A;
        Path corrupted = archive.resolveSibling(archive.getFileName() + ".bad");
        Files.write(corrupted, bent);
        refused = fresh.command("restore", corrupted.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("השחזור לא בוצע", "tables/article.jsonl", "פגום");
        Files.delete(cut);
        Files.delete(corrupted);

        Installation.Run export = fresh.command("export", fresh.data.resolve("empty.zip").toString());
        assertThat(export.exitCode()).as(export.output()).isZero();
        assertThat(export.output()).as("no image after both refusals").contains("0 media files");
        Files.delete(fresh.data.resolve("empty.zip"));
        JdbcClient there = fresh.jdbc();
        for (String table : List.of("app_user", "article", "tag", "media", "audit_entry")) {
            assertThat(there.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    private record Site(String writerEmail, String word, String imageUrl, long articleId, String articleSlug,
                        String categorySlug, String tagSlug) {
        List<String> paths() {
            String q = URLEncoder.encode(word, StandardCharsets.UTF_8);
            return List.of("/", PublicPaths.article(articleId, articleSlug), PublicPaths.category(categorySlug),
                    PublicPaths.tag(tagSlug), "/feed.xml", PublicPaths.category(categorySlug) + "/feed.xml",
                    "/sitemap.xml", "/search?q=" + q);
        }
    }

    /** This test's own writer, category, image and published article with a Hebrew slug and tag. */
    private Site ownSite() throws IOException {
        String writer = Fixtures.unique("writer") + "@iton.test";
        accounts.create(writer, "כותבת הגיבוי", PASSWORD, Role.WRITER);
        String word = "שחזורית" + Fixtures.unique("").replaceAll("[^a-f]", "");
        JsonNode category = JSON.readTree(http.asAdmin("POST", "/api/v1/categories", JSON.writeValueAsString(Map.of(
                "name", "גיבוי " + word, "description", "קטגוריה לבדיקת שחזור", "featured", false, "menuOrder", 0))).body());
        long author = new Fixtures(jdbc).author("כתב הגיבוי " + word);  // unique: same-name authors sort apart on H2 and PostgreSQL
        long imageId = upload(Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "כתבת " + word + " על צה\"ל והכנסת");
        article.put("subtitle", "כותרת משנה עם ג'יהאד ו-HTS");
        article.put("body", "<p>גוף הכתבה על " + word + ".</p><h2>רקע</h2><p>עוד פסקה.</p>");
        article.put("authorId", author);
        article.put("categoryId", category.get("id").asLong());
        article.put("tags", List.of("תג " + word));
        article.put("featuredImageId", imageId);
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", JSON.writeValueAsString(article));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.body());
        long id = json.get("id").asLong();
        HttpResponse<String> published = http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String imageUrl = jdbc.sql("SELECT id || '-' || token || '/original.' || original_ext FROM media WHERE id = :id")
                .param("id", imageId).query(String.class).single();
        return new Site(writer, word, "/media/" + imageUrl, id, json.get("slug").asString(),
                category.get("slug").asString(), json.get("tags").get(0).get("slug").asString());
    }

    private static long upload(Session session) throws IOException {
        BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new Color(20, 90, 160));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", jpeg);
        HttpResponse<String> answer = session.multipart("/newsroom/media?_csrf=" + session.token(),
                Map.of("alt", "תמונה לשחזור"), "a.jpg", "image/jpeg", jpeg.toByteArray(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(answer.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/newsroom/media/(\\d+)\\?uploaded$", "$1"));
    }

    private static Map<String, String> pages(Http http, List<String> paths) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            pages.put(path, page.body());
        }
        return pages;
    }

    /** Only what each answer generates anew: CSRF tokens and the feeds' build time. */
    static String normalized(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"")
                .replaceAll("<lastBuildDate>[^<]*</lastBuildDate>", "<lastBuildDate>…</lastBuildDate>");
    }

    private static List<Long> searchIds(Http http, String word) {
        JsonNode found = JSON.readTree(http.get("/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body());
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode item : found.get("items")) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long maxId(String table) {
        return jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not in the archive");
    }
}
