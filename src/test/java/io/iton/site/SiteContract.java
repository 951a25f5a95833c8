package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.SeedPage;

/**
 * The public site against the running application, through its real database: the URL
 * contracts, listings, error pages, what readers must never see, and idempotent demo content.
 */
abstract class SiteContract extends AppTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private String seedPath() {
        return SeedPage.canonicalPath(jdbc, http);
    }

    @Test
    void aWrongOrMissingSlugAnswers301ToTheCanonicalUrl() {
        String canonical = seedPath();
        long id = Long.parseLong(canonical.split("/")[2]);
        for (String wrong : List.of("/article/" + id, "/article/" + id + "/", "/article/" + id + "/old-slug",
                "/article/" + id + "/%D7%A8%D7%95%D7%A1%D7%99%D7%94", "/article/0" + id + canonical.substring(canonical.lastIndexOf('/')),
                canonical + "/")) {
            HttpResponse<String> response = http.get(wrong);
            assertThat(response.statusCode()).as(wrong).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(canonical);
        }
        assertThat(canonical).startsWith("/article/" + id + "/%D7%99%D7%A9%D7%A8%D7%90%D7%9C-");
    }

    @Test
    void listingAddressesTypedDifferentlyAnswer301() {
        Map<String, String> redirects = Map.of(
                "/category/politics/", "/category/politics",
                "/category/POLITICS", "/category/politics",
                "/tag/%D7%99%D7%97%D7%A1%D7%99%D7%9D%20%D7%9E%D7%93%D7%99%D7%A0%D7%99%D7%99%D7%9D",
                "/tag/%D7%99%D7%97%D7%A1%D7%99%D7%9D-%D7%9E%D7%93%D7%99%D7%A0%D7%99%D7%99%D7%9D",
                "/author/Desk", "/author/desk");
        redirects.forEach((from, to) -> {
            HttpResponse<String> response = http.get(from);
            assertThat(response.statusCode()).as(from).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(from).endsWith(to);
            assertThat(http.get(to).statusCode()).as(to).isEqualTo(200);
        });
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void hebrewSlugsRoundTripPercentEncoding() {
        String slug = "טכנולוגיה";
        String encoded = java.net.URLEncoder.encode(slug, StandardCharsets.UTF_8);
        HttpResponse<String> category = http.get("/category/" + encoded);
        assertThat(category.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(category.body()).selectFirst("link[rel=canonical]").attr("href"))
                .endsWith("/category/" + encoded);
        HttpResponse<String> tag = http.get("/tag/" + java.net.URLEncoder.encode("יחסים-מדיניים", StandardCharsets.UTF_8));
        assertThat(tag.statusCode()).isEqualTo(200);
        assertThat(tag.body()).contains(SeedPage.TITLE);
    }

    @Test
    void homeHasALeadStoryLatestAndEachFeaturedCategory() {
        Document home = Jsoup.parse(http.get("/").body());
        assertThat(home.selectFirst(".lead-story h3 a")).isNotNull();
        assertThat(home.select(".latest article")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(home.select(".category-section h2").eachText()).containsSubsequence("מדיני", "ביטחון", "העולם");
        Element next = home.selectFirst(".pagination a[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/?page=2");
        Document second = Jsoup.parse(http.get("/?page=2").body());
        assertThat(second.select(".latest article")).isNotEmpty();
        assertThat(second.select(".category-section")).isEmpty();
    }

    @Test
    void listingPagesArePagedAndSayWhatTheyAre() {
        for (String path : List.of("/category/politics", "/tag/%D7%99%D7%A9%D7%A8%D7%90%D7%9C", "/author/desk")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select(".card-grid article")).as(path).isNotEmpty();
        }
        Document israel = Jsoup.parse(http.get("/tag/%D7%99%D7%A9%D7%A8%D7%90%D7%9C").body());
        assertThat(israel.selectFirst(".pagination a[rel=next]").attr("href")).endsWith("?page=2");
        assertThat(http.get("/tag/%D7%99%D7%A9%D7%A8%D7%90%D7%9C?page=2").statusCode()).isEqualTo(200);
    }

    @Test
    void badAndMissingAddressesGetHebrewPagesWithTheRightStatus() {
        Map<String, Integer> cases = Map.ofEntries(
                Map.entry("/tag/%FF", 400),
                Map.entry("/article/1/a%2Fb", 400),
                Map.entry("/%2e%2e/etc/passwd", 400),
                Map.entry("/error", 404),
                Map.entry("/no/such/page", 404),
                Map.entry("/article/999999999/x", 404),
                Map.entry("/article/abc", 404),
                Map.entry("/category/no-such-category", 404),
                Map.entry("/tag/%D7%90%D7%99%D7%9F", 404),
                Map.entry("/category/politics?page=abc", 400),
                Map.entry("/category/politics?page=-1", 400),
                Map.entry("/category/politics?page=9999", 404),
                Map.entry("/?page=%3Cscript%3E", 400));
        cases.forEach((path, status) -> {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(status);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("html").attr("dir")).as(path).isEqualTo("rtl");
            assertThat(page.selectFirst("h1").text()).as(path).matches(".*[\\u05D0-\\u05EA].*");
            assertThat(response.body()).as(path).doesNotContain("<script>", "Exception", "at io.iton");
        });
    }

    @Test
    void draftsScheduledAndUnpublishedArticlesAreNeverPublic() {
        long author = DemoData.authorId(jdbc, "desk");
        long category = DemoData.categoryId(jdbc, "politics");
        long tag = jdbc.sql("SELECT id FROM tag WHERE name = 'רוסיה'").query(Long.class).single();
        Map<String, String> hidden = Map.of(
                "DRAFT", "טיוטה סודית שאסור לראות",
                "UNPUBLISHED", "כתבה שהוסרה ואסור לראות",
                "SCHEDULED", "כתבה מתוזמנת לעתיד שאסור לראות");
        hidden.forEach((status, title) -> {
            var when = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(status.equals("SCHEDULED") ? 1 : -1);
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO article (slug, title, subtitle, body, author_id, category_id, status, published_at,
                                                 created_at, sponsored, version)
                            VALUES ('hidden', :title, '', '<p>x</p>', :author, :category, :status,
                                    :when, CURRENT_TIMESTAMP, FALSE, 0)""")
                    .param("when", when).param("title", title).param("author", author).param("category", category)
                    .param("status", status).update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            jdbc.sql("INSERT INTO article_tag (article_id, tag_id, sort_order) VALUES (:id, :tag, 0)")
                    .param("id", id).param("tag", tag).update();
            assertThat(http.get("/article/" + id + "/hidden").statusCode()).as(status).isEqualTo(404);
            assertThat(http.get("/api/v1/articles/" + id).statusCode()).as(status).isEqualTo(404);
        });
        for (String path : List.of("/", "/?page=2", "/?page=3", "/category/politics", "/tag/%D7%A8%D7%95%D7%A1%D7%99%D7%94",
                "/author/desk", "/api/v1/articles?size=100")) {
            String body = http.get(path).body();
            hidden.values().forEach(title -> assertThat(body).as(path).doesNotContain(title));
        }
    }

    @Test
    void aSecondStartAddsNothing() throws Exception {
        long articles = count("article");
        long tags = count("tag");
        long links = count("article_tag");
        long users = count("app_user");
        long categories = count("category");
        long authors = count("author");
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(count("article")).isEqualTo(articles);
        assertThat(count("tag")).isEqualTo(tags);
        assertThat(count("article_tag")).isEqualTo(links);
        assertThat(count("app_user")).isEqualTo(users);
        assertThat(count("category")).isEqualTo(categories);
        assertThat(count("author")).isEqualTo(authors);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE title = :title").param("title", SeedPage.TITLE)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRestartLeavesDemoItemsThatEditorsChangedAlone() throws Exception {
        jdbc.sql("UPDATE category SET slug = 'sport-renamed', name = 'ספורט ומשחקים' WHERE slug = 'sport'").update();
        jdbc.sql("UPDATE article SET slug = 'slug-changed-by-an-editor' WHERE slug = :slug")
                .param("slug", "ישראל-מחזקת-את-קשריה-עם-רוסיה").update();
        try {
            long articles = count("article");
            long categories = count("category");
            for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
                runner.run(new DefaultApplicationArguments());
            }
            assertThat(count("article")).isEqualTo(articles);
            assertThat(count("category")).isEqualTo(categories);
        } finally {
            jdbc.sql("UPDATE category SET slug = 'sport', name = 'ספורט' WHERE slug = 'sport-renamed'").update();
            jdbc.sql("UPDATE article SET slug = :slug WHERE slug = 'slug-changed-by-an-editor'")
                    .param("slug", "ישראל-מחזקת-את-קשריה-עם-רוסיה").update();
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
