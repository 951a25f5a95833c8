package io.iton.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.article.Actor;
import io.iton.site.HtmlValidityIT;
import io.iton.support.AppTest;
import nu.validator.client.EmbeddedValidator;

/**
 * WordPress's own theme test data imported through the real services and database: counts,
 * statuses, GMT instants, flattened categories, tags, old addresses answering 301, a second run
 * adding nothing, and imported pages valid under the Nu Html Checker.
 */
abstract class ImportContract extends AppTest {

    static final String SOURCE = "https://wpthemetestdata.wordpress.com";
    private static final Map<Class<?>, ImportReport> FIRST_RUN = new HashMap<>();

    @Autowired
    WordPressImporter importer;

    @Autowired
    JdbcClient jdbc;

    ImportReport first;

    static Path fixture(String name) {
        try {
            return Path.of(ImportContract.class.getResource("/wordpress/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportOptions options(boolean dryRun) {
        return new ImportOptions(dryRun, null, ZoneId.of("Asia/Jerusalem"), Actor.SYSTEM);
    }

    @BeforeEach
    void importThemeTestDataOnce() throws Exception {
        synchronized (FIRST_RUN) {
            if (!FIRST_RUN.containsKey(getClass())) {
                FIRST_RUN.put(getClass(), importer.run(fixture("themeunittestdata.wordpress.xml"), options(false),
                        ImportProgress.NONE));
            }
            first = FIRST_RUN.get(getClass());
        }
    }

    long article(long wordpressId) {
        return jdbc.sql("SELECT target_id FROM wordpress_item WHERE source = :s AND item_key = :k")
                .param("s", SOURCE).param("k", "post:" + wordpressId).query(Long.class).single();
    }

    String status(long articleId) {
        return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", articleId).query(String.class).single();
    }

    Instant publishedAt(long articleId) {
        return jdbc.sql("SELECT published_at FROM article WHERE id = :id").param("id", articleId)
                .query((rs, n) -> io.iton.shared.DbTime.fromDb(rs, "published_at")).single();
    }

    @Test
    void everyPostOfTheThemeTestDataIsImportedAndTheRestIsReportedAsSkipped() {
        assertThat(first.wholeFileRead()).isTrue();
        assertThat(first.imported.get()).isEqualTo(51);
        assertThat(first.failed.get()).isZero();
        assertThat(first.skipped.get()).isEqualTo(21 + 70);
        assertThat(first.warnings()).extracting(ImportReport.Warning::message)
                .anyMatch(m -> m.contains("21 item(s) of type \"page\" skipped"))
                .anyMatch(m -> m.contains("70 item(s) of type \"nav_menu_item\" skipped"));
    }

    @Test
    void statusesAndInstantsAreWordPresssOwn() {
        assertThat(status(article(1153))).isEqualTo("SCHEDULED");
        assertThat(publishedAt(article(1153))).isEqualTo(Instant.parse("2030-01-01T19:00:18Z"));
        assertThat(status(article(1164))).isEqualTo("DRAFT");
        assertThat(status(article(1168))).as("password-protected").isEqualTo("DRAFT");
        assertThat(first.warnings()).anyMatch(w -> w.message().startsWith("password-protected"));
        assertThat(status(article(1241))).isEqualTo("PUBLISHED");
        assertThat(publishedAt(article(1241))).isEqualTo(Instant.parse("2012-01-07T14:07:21Z"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_tag WHERE article_id = :id").param("id", article(1151))
                .query(Long.class).single()).as("many tags, capped").isEqualTo(30);
    }

    @Test
    void nestedCategoriesAreFlattenedAndTheirOldAddressesLead() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM category WHERE slug = 'grandchild-category'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(first.warnings()).anyMatch(w -> w.message().contains("\"Grandchild Category\" (inside"));
        var nested = http.get("/category/parent-category/child-category-03/grandchild-category/");
        assertThat(nested.statusCode()).isEqualTo(301);
        assertThat(nested.headers().firstValue("Location").orElseThrow()).endsWith("/category/grandchild-category");
    }

    @Test
    void oldPostAndTagAddressesAnswer301ToTheCanonicalOnes() {
        long sticky = article(1241);
        var plain = http.get("/?p=1241");
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith("/article/" + sticky + "/template-sticky");
        var permalink = http.get("/2009/06/01/edge-case-many-tags/");
        assertThat(permalink.statusCode()).isEqualTo(301);
        assertThat(permalink.headers().firstValue("Location").orElseThrow())
                .endsWith("/article/" + article(1151) + "/edge-case-many-tags");
        var bare = http.get("/template-sticky/");
        assertThat(bare.statusCode()).as("/slug/, which WordPress answers whatever its permalinks").isEqualTo(301);
        assertThat(bare.headers().firstValue("Location").orElseThrow()).endsWith("/article/" + sticky + "/template-sticky");
        assertThat(http.get("/tag/alignment-2/").headers().firstValue("Location").orElseThrow())
                .as("one hop from WordPress's own link").endsWith("/tag/alignment");
        var tag = http.get("/tag/alignment-2");
        assertThat(tag.statusCode()).isEqualTo(301);
        assertThat(tag.headers().firstValue("Location").orElseThrow()).endsWith("/tag/alignment");
        assertThat(http.get("/?p=999999").statusCode()).isEqualTo(404);
        assertThat(http.get("/2009/06/01/no-such-post/").statusCode()).isEqualTo(404);
        var draft = http.get("/?p=1164");
        assertThat(draft.statusCode()).as("a draft's old address reveals nothing").isEqualTo(404);
    }

    @Test
    void runningTheSameImportAgainChangesNothing() throws Exception {
        long articles = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        long tags = jdbc.sql("SELECT COUNT(*) FROM tag").query(Long.class).single();
        ImportReport again = importer.run(fixture("themeunittestdata.wordpress.xml"), options(false),
                ImportProgress.NONE);
        assertThat(again.imported.get()).isZero();
        assertThat(again.alreadyImported.get()).isEqualTo(51);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(articles);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tag").query(Long.class).single()).isEqualTo(tags);
    }

    @Test
    void importedPagesAreValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        for (long wordpressId : List.of(1178L, 1177L, 1163L, 555L, 1000L, 1173L, 1752L, 1730L)) {
            long id = article(wordpressId);
            if (!status(id).equals("PUBLISHED")) {
                continue;
            }
            var page = http.get("/article/" + id + "/x");
            String location = page.headers().firstValue("Location").orElseThrow();
            var response = http.get(location.substring(location.indexOf("/article/")));
            assertThat(response.statusCode()).isEqualTo(200);
            String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            // Errors only: a WordPress author's choice of heading levels is a checker warning, and kept as written.
            assertThat(HtmlValidityIT.errors(report)).as("post %d", wordpressId)
                    .noneMatch(e -> !e.contains("heading level"));
        }
    }
}
