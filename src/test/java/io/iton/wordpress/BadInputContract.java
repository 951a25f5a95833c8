package io.iton.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;

/**
 * Broken exports: each problem is reported with the item's title and line, and everything else
 * is imported; nothing is ever half-written.
 */
abstract class BadInputContract extends AppTest {

    @Autowired
    WordPressImporter importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private static String site() {
        return "https://bad-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private static String unique(String slug) {
        return slug + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private ImportReport run(Path file) throws Exception {
        return importer.run(file, ImportContract.options(false), ImportProgress.NONE);
    }

    private long articlesFrom(String site) {
        return jdbc.sql("SELECT COUNT(*) FROM wordpress_item WHERE source = :s AND item_key LIKE 'post:%'")
                .param("s", site).query(Long.class).single();
    }

    @Test
    void aTruncatedFileKeepsThePostsBeforeTheBreakAndNamesWhereItBroke() throws Exception {
        String site = site();
        String xml = new TestWxr(site).post(1, "ראשון שלם", unique("first"), "dana", "news", "<p>גוף ראשון</p>")
                .post(2, "שני שנחתך", unique("second"), "dana", "news", "<p>גוף שני ארוך</p>").xml();
        Path file = TestWxr.write(folder, xml.substring(0, xml.indexOf("גוף שני")).getBytes(StandardCharsets.UTF_8));
        ImportReport report = run(file);
        assertThat(report.wholeFileRead()).isFalse();
        assertThat(report.imported.get()).isEqualTo(1);
        assertThat(articlesFrom(site)).isEqualTo(1);
        assertThat(report.warnings()).anyMatch(w -> "שני שנחתך".equals(w.item()) && w.line() > 1
                && w.message().contains("cannot be read past here"));
    }

    @Test
    void anInvalidXmlCharacterIsReplacedAndReportedAndThePostImported() throws Exception {
        String site = site();
        Path file = new TestWxr(site).post(1, "כותרת עם\u0001תו אסור", unique("control"), "dana", "news", "<p>טקסט</p>")
                .post(2, "אחריו", unique("after-control"), "dana", "news", "<p>עוד</p>").write(folder);
        ImportReport report = run(file);
        assertThat(report.imported.get()).isEqualTo(2);
        assertThat(report.warnings()).anyMatch(w -> w.item().startsWith("כותרת עם") && w.line() > 0
                && w.message().contains("U+0001"));
    }

    @Test
    void aPostInAnotherEncodingIsReportedAndTheRestImported() throws Exception {
        String site = site();
        String xml = new TestWxr(site).post(1, "בקידוד אחר", unique("encoding"), "dana", "news", "@@BODY@@")
                .post(2, "תקין", unique("fine"), "dana", "news", "<p>תקין</p>").xml();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int at = xml.indexOf("@@BODY@@");
        bytes.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("<p>שלום עולם</p>".getBytes(Charset.forName("windows-1255")));
        bytes.writeBytes(xml.substring(at + 8).getBytes(StandardCharsets.UTF_8));
        ImportReport report = run(TestWxr.write(folder, bytes.toByteArray()));
        assertThat(report.imported.get()).isEqualTo(2);
        assertThat(report.warnings()).anyMatch(w -> "בקידוד אחר".equals(w.item()) && w.message().contains("not UTF-8"));
    }

    @Test
    void duplicateSlugsMissingAuthorsAndUnknownCategoriesAreReported() throws Exception {
        String site = site();
        String slug = unique("same");
        Path file = new TestWxr(site).post(1, "ראשון", slug, "dana", "news", "<p>א</p>")
                .post(2, "כפול", slug, "dana", "news", "<p>ב</p>")
                .post(3, "בלי כותב", unique("nobody"), "", "news", "<p>ג</p>")
                .post(4, "כותב זר", unique("stranger"), "stranger", "news", "<p>ד</p>")
                .post(5, "קטגוריה זרה", unique("unknown-cat"), "dana", unique("unknown-category"), "<p>ה</p>").write(folder);
        ImportReport report = run(file);
        assertThat(report.imported.get()).isEqualTo(5);
        assertThat(report.failed.get()).isZero();
        assertThat(report.warnings()).anyMatch(w -> "כפול".equals(w.item()) && w.message().contains("duplicate slug"))
                .anyMatch(w -> "בלי כותב".equals(w.item()) && w.message().contains("no author"))
                .anyMatch(w -> "כותב זר".equals(w.item()) && w.message().contains("unknown author"))
                .anyMatch(w -> "קטגוריה זרה".equals(w.item()) && w.message().contains("unknown category"));
        assertThat(report.warnings()).allMatch(w -> w.line() > 0 || w.item() == null);
    }
}
