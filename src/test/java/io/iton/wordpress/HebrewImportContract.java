package io.iton.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.shared.DbTime;
import io.iton.shared.PublicPaths;
import io.iton.support.AppTest;

/**
 * A small Hebrew export through the {@code import-wordpress} command itself: percent-encoded
 * Hebrew slugs and their old addresses, צה"ל in names, a draft with no GMT time, classic
 * paragraphs and a caption, an image from the uploads folder as a featured image, and a dry run
 * that writes nothing.
 */
abstract class HebrewImportContract extends AppTest {

    static final String SOURCE = "https://north.example.co.il";

    @Autowired
    ImportWordPressCommand command;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private String run(List<String> args, int expectedExit) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isEqualTo(expectedExit);
        return out;
    }

    private long article(long wordpressId) {
        return jdbc.sql("SELECT target_id FROM wordpress_item WHERE source = :s AND item_key = :k")
                .param("s", SOURCE).param("k", "post:" + wordpressId).query(Long.class).single();
    }

    private String column(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM article WHERE id = :id").param("id", id).query(String.class).single();
    }

    private Path uploads() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("uploads/2025/03"));
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 400; y++) {
                image.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
            }
        }
        ImageIO.write(image, "jpg", dir.resolve("rain.jpg").toFile());
        return folder.resolve("uploads");
    }

    @Test
    void theCommandImportsAHebrewSiteWithItsImagesAndOldAddresses() throws Exception {
        Path file = ImportContract.fixture("hebrew.wordpress.xml");
        long before = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        String dry = run(List.of(file.toString(), "--uploads", uploads().toString(), "--dry-run"), 0);
        assertThat(dry).contains("Dry run", "import הרמטכ\"ל: צה\"ל ערוך לכל תרחיש בצפון", "image  2025/03/rain.jpg",
                "DRY RUN, nothing was written: 3 imported");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(before);

        String out = run(List.of(file.toString(), "--uploads=" + uploads()), 0);
        assertThat(out).contains("3 imported", "1 images", "unknown shortcodes left as text: [contact-form-7]",
                "1 item(s) of type \"page\" skipped");

        long chief = article(501);
        assertThat(column(chief, "slug")).isEqualTo("צהל-ערוך");
        assertThat(column(chief, "status")).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT published_at FROM article WHERE id = :id").param("id", chief)
                .query((rs, n) -> DbTime.fromDb(rs, "published_at")).single())
                .isEqualTo(Instant.parse("2025-03-01T15:49:00Z"));
        assertThat(column(chief, "body")).doesNotContain("wp:").contains("<h2>רקע</h2>");
        assertThat(jdbc.sql("SELECT c.name FROM category c JOIN article a ON a.category_id = c.id WHERE a.id = :id")
                .param("id", chief).query(String.class).single()).isEqualTo("צה\"ל");

        long draft = article(502);
        assertThat(column(draft, "status")).isEqualTo("DRAFT");
        assertThat(column(draft, "body")).contains("<p>גשם צפוי בגליל.</p>", "שורה ראשונה<br />", "<figure>",
                "<figcaption>גשם בכנרת</figcaption>", "src=\"/media/");
        long summary = article(503);
        assertThat(jdbc.sql("SELECT featured_image_id FROM article WHERE id = :id").param("id", summary)
                .query(Long.class).single()).isNotNull();

        String canonical = PublicPaths.article(chief, "צהל-ערוך");
        for (String old : List.of("/2025/03/01/%d7%a6%d7%94%d7%9c-%d7%a2%d7%a8%d7%95%d7%9a/",
                "/2025/03/01/%D7%A6%D7%94%D7%9C-%D7%A2%D7%A8%D7%95%D7%9A", "/?p=501")) {
            var answer = http.get(old);
            assertThat(answer.statusCode()).as(old).isEqualTo(301);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(old).endsWith(canonical);
        }
        var category = http.get("/category/%d7%91%d7%99%d7%98%d7%97%d7%95%d7%9f/%d7%a6%d7%94%d7%9c/");
        assertThat(category.statusCode()).isEqualTo(301);
        assertThat(category.headers().firstValue("Location").orElseThrow()).endsWith(PublicPaths.category("צהל"));
        assertThat(http.get(canonical).body()).contains("ערוך לכל תרחיש בצפון", "ההודעה נמסרה לאחר סיור בגבול.");
        modifiedTimesAreTheOldSitesEdits(chief, summary);

        String again = run(List.of(file.toString(), "--uploads", uploads().toString()), 0);
        assertThat(again).contains("0 imported, 3 already imported before", "0 images");
    }

    /**
     * 501 was edited in winter (GMT given: 17:30Z is 19:30 at +02:00); 503 in summer with only
     * the local time, read in Asia/Jerusalem daylight time (12:00 at +03:00 is 09:00Z).
     */
    private void modifiedTimesAreTheOldSitesEdits(long chief, long summary) {
        assertThat(instant(chief, "updated_at")).isEqualTo(Instant.parse("2025-03-01T17:30:00Z"));
        assertThat(instant(summary, "updated_at")).isEqualTo(Instant.parse("2025-07-15T09:00:00Z"));
        assertThat(http.get(PublicPaths.article(chief, "צהל-ערוך")).body())
                .contains("\"dateModified\":\"2025-03-01T19:30:00+02:00\"",
                        "property=\"article:modified_time\" content=\"2025-03-01T19:30:00+02:00\"");
        assertThat(http.get(PublicPaths.article(summary, "סיכום")).body())
                .contains("\"dateModified\":\"2025-07-15T12:00:00+03:00\"");
        assertThat(http.get("/api/v1/articles/" + summary).body()).contains("2025-07-15T09:00:00Z");
        String sitemap = http.get("/sitemaps/articles-1.xml").body();
        assertThat(sitemap).contains("2025-07-15T12:00:00+03:00</lastmod>");
    }

    private Instant instant(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM article WHERE id = :id").param("id", id)
                .query((rs, n) -> DbTime.fromDb(rs, column)).single();
    }

    @Test
    void wrongArgumentsAreRefusedWithUsage() throws Exception {
        assertThat(run(List.of(), 2)).contains("usage: import-wordpress");
        assertThat(run(List.of(folder.resolve("none.xml").toString()), 2)).contains("No such file");
        assertThat(run(List.of("a.xml", "--bogus"), 2)).contains("Unknown argument: --bogus");
    }
}
