package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.iton.support.Session;
import tools.jackson.databind.JsonNode;

/**
 * Stored XSS in every text field of the content that reaches a page, a feed or the API: an
 * article (title, subtitle, body, SEO title and description, sponsor, tags, a correction), its
 * category (name, description), author (name, bio), featured image (alt, caption, credit) and the
 * newsroom user who edits it. Each field gets the breakout payload; then every page, feed, sitemap,
 * JSON-LD block and API answer that shows it is parsed: nothing injected can run, the text reads
 * exactly as typed, and the database holds it exactly as typed.
 */
abstract class StoredXssContract extends HostileTestBase {

    @Test
    void everyContentFieldIsShownAsTypedAndNothingRuns() throws Exception {
        HostileContent.Stored s = HostileContent.store(this);
        List<String> wrong = new ArrayList<>();
        String articlePath = s.articlePath();
        Session admin = admin();
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of(articlePath, "/", "/category/" + s.categorySlug(), "/tag/" + s.tagSlug(),
                "/author/" + s.authorSlug(), "/search?q=" + enc(s.typed().get("title").split(" ")[0]))) {
            pages.put(path, http.get(path).body());
        }
        for (String path : List.of("/newsroom", "/newsroom/articles", "/newsroom/articles/" + s.articleId(),
                "/newsroom/articles/" + s.articleId() + "/preview", "/newsroom/articles/" + s.articleId() + "/revisions",
                "/newsroom/categories", "/newsroom/categories/" + s.categoryId(), "/newsroom/tags",
                "/newsroom/tags/" + s.tagId(), "/newsroom/media", "/newsroom/media/" + s.imageId(), "/newsroom/users",
                "/newsroom/audit")) {
            pages.put(path, admin.get(path).body());
        }
        pages.forEach((path, html) -> Neutralized.problems(html).forEach(p -> wrong.add(path + ": " + p)));

        String article = pages.get(articlePath);
        for (String field : List.of("title", "subtitle", "category", "author", "tag", "alt", "caption", "credit",
                "correction", "sponsor")) {
            if (!Neutralized.shows(article, s.typed().get(field))) {
                wrong.add("article page does not show " + field + " as typed");
            }
        }
        assertThat(Neutralized.text(article)).contains("פסקה", "קישור רע");
        expectText(wrong, pages, "/author/" + s.authorSlug(), s.typed().get("bio"));
        expectText(wrong, pages, "/category/" + s.categorySlug(), s.typed().get("description"));
        expectText(wrong, pages, "/newsroom/users", s.typed().get("user"));
        expectText(wrong, pages, "/newsroom/media/" + s.imageId(), s.typed().get("credit"));
        assertThat(wrong).as("pages").isEmpty();
    }

    @Test
    void feedsSitemapsJsonLdAndTheApiCarryTheTextAsTyped() throws Exception {
        HostileContent.Stored s = HostileContent.store(this);
        String title = s.typed().get("title");
        for (String feed : List.of("/feed.xml", "/category/" + s.categorySlug() + "/feed.xml",
                "/tag/" + s.tagSlug() + "/feed.xml", "/author/" + s.authorSlug() + "/feed.xml")) {
            var answer = http.get(feed);
            assertThat(answer.statusCode()).as(feed).isEqualTo(200);
            // a sponsored item's title says so first ("תוכן שיווקי: …")
            assertThat(Parsed.xmlTexts(answer.body(), "title")).as(feed).anyMatch(t -> t.endsWith(title));
        }
        assertThat(Parsed.xmlTexts(http.get("/sitemaps/news.xml").body(), "news:title")).contains(title);
        for (String sitemap : List.of("/sitemap.xml", "/sitemaps/categories.xml", "/sitemaps/authors.xml",
                "/sitemaps/tags-1.xml")) {
            assertThat(Parsed.xmlTexts(http.get(sitemap).body(), "loc")).as(sitemap).isNotEmpty();
        }

        String page = http.get(s.articlePath()).body();
        List<JsonNode> ld = Parsed.jsonLd(page);
        assertThat(ld).as("JSON-LD blocks").isNotEmpty();
        assertThat(ld.toString()).contains(json(s.typed().get("title")), json(s.typed().get("author")));

        JsonNode api = Parsed.json(http.get("/api/v1/articles/" + s.articleId()).body());
        assertThat(api.get("title").asString()).isEqualTo(title);
        assertThat(api.get("subtitle").asString()).isEqualTo(s.typed().get("subtitle"));
        assertThat(api.get("sponsorName").asString()).isEqualTo(s.typed().get("sponsor"));
        assertThat(api.get("body").asString()).doesNotContain("<script", "onerror", "onload", "onclick", "javascript:",
                "iframe", "style=");
        assertThat(api.get("tags").get(0).get("name").asString()).isEqualTo(s.typed().get("tag"));
        assertThat(api.get("corrections").get(0).get("text").asString()).isEqualTo(s.typed().get("correction"));
        JsonNode author = Parsed.json(http.get("/api/v1/authors").body());
        assertThat(author.toString()).contains(json(s.typed().get("bio")));
    }

    @Test
    void theDatabaseHoldsEachFieldExactlyAsTyped() throws Exception {
        HostileContent.Stored s = HostileContent.store(this);
        Map<String, String> typed = s.typed();
        assertThat(jdbc.sql("SELECT title, subtitle, seo_title, seo_description, sponsor_name FROM article WHERE id = :id")
                .param("id", s.articleId()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).single())
                .containsExactly(typed.get("title"), typed.get("subtitle"), typed.get("seoTitle"),
                        typed.get("seoDescription"), typed.get("sponsor"));
        assertThat(jdbc.sql("SELECT name || '|' || description FROM category WHERE id = :id").param("id", s.categoryId())
                .query(String.class).single()).isEqualTo(typed.get("category") + "|" + typed.get("description"));
        assertThat(jdbc.sql("SELECT display_name || '|' || bio FROM author WHERE slug = :slug").param("slug", s.authorSlug())
                .query(String.class).single()).isEqualTo(typed.get("author") + "|" + typed.get("bio"));
        assertThat(jdbc.sql("SELECT name FROM tag WHERE id = :id").param("id", s.tagId()).query(String.class).single())
                .isEqualTo(typed.get("tag"));
        assertThat(jdbc.sql("SELECT alt || '|' || caption || '|' || credit FROM media WHERE id = :id")
                .param("id", s.imageId()).query(String.class).single())
                .isEqualTo(typed.get("alt") + "|" + typed.get("caption") + "|" + typed.get("credit"));
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE id = :id").param("id", s.editor().id())
                .query(String.class).single()).isEqualTo(typed.get("user"));
    }

    private static void expectText(List<String> wrong, Map<String, String> pages, String path, String text) {
        if (!Neutralized.shows(pages.get(path), text)) {
            wrong.add(path + " does not show as typed: " + text);
        }
    }

    private static String json(String text) {
        return Parsed.quoted(text);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
