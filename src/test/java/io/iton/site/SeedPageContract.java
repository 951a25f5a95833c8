package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.SeedPage;

/** The seed article page against the running application, element by element (DESIGN §1). */
abstract class SeedPageContract extends AppTest {

    @Autowired
    JdbcClient jdbc;

    private String seedPath() {
        return SeedPage.canonicalPath(jdbc, http);
    }

    private Document seed() {
        HttpResponse<String> response = http.get(seedPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("text/html", "UTF-8");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("he");
        return Jsoup.parse(response.body(), http.url("/"));
    }

    @Test
    void seedPageShowsEverySeedLineInTheSeedsOrder() {
        String text = seed().body().text();
        int at = 0;
        for (String line : SeedPage.lines()) {
            String expected = switch (line) {
                case "Scroll to Top" -> "חזרה לראש העמוד";
                default -> line.startsWith("תגים:") ? "תגים:" : line;
            };
            int found = text.indexOf(expected, at);
            assertThat(found).as("seed line «%s» after position %d", expected, at).isGreaterThanOrEqualTo(0);
            at = found + expected.length();
        }
    }

    @Test
    void seedPageIsHebrewRightToLeftWithSkipLinkFirst() {
        Document page = seed();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("he");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element first = page.body().select("a[href], button, input, select, textarea").first();
        assertThat(first.text()).isEqualTo("דילוג לתוכן");
        assertThat(first.attr("href")).isEqualTo("#content");
        assertThat(page.select("main#content")).hasSize(1);
    }

    @Test
    void seedPageHeaderListsTheFeaturedCategoriesInTheirOrder() {
        Element nav = seed().selectFirst("header nav");
        assertThat(nav.text()).startsWith("קטגוריות נבחרות");
        List<String> featured = jdbc.sql("SELECT name FROM category WHERE featured = TRUE ORDER BY menu_order, name")
                .query(String.class).list();
        assertThat(nav.select("a").eachText()).containsExactlyElementsOf(featured).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void seedPageHasTheHeadlineTimeAndSubtitle() {
        Document page = seed();
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(SeedPage.TITLE);
        Element time = page.selectFirst("article time");
        assertThat(time.attr("datetime")).isEqualTo("2025-03-01T17:49:00+02:00");
        assertThat(time.text()).isEqualTo("2025-03-01 17:49:00");
        assertThat(page.selectFirst("article .lead").text()).isEqualTo(SeedPage.SUBTITLE);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(SeedPage.SUBTITLE);
        assertThat(page.title()).startsWith(SeedPage.TITLE);
    }

    @Test
    void seedPageBodyIsTheSeedsSectionsAndParagraphs() {
        Element body = seed().selectFirst(".article-body");
        assertThat(body.select("h2").eachText()).containsExactlyElementsOf(SeedPage.HEADINGS);
        List<String> blocks = body.children().eachText();
        assertThat(blocks).containsExactlyElementsOf(SeedPage.bodyLines());
    }

    @Test
    void seedPageTagsLinkToTagPagesThatListTheArticle() {
        Document page = seed();
        Element tags = page.selectFirst("nav.tags");
        assertThat(tags.text()).startsWith("תגים:");
        assertThat(tags.select("a").eachText()).containsExactlyElementsOf(SeedPage.TAGS);
        for (Element link : tags.select("a")) {
            HttpResponse<String> tagPage = http.get(link.attr("href"));
            assertThat(tagPage.statusCode()).as(link.attr("href")).isEqualTo(200);
            assertThat(Jsoup.parse(tagPage.body()).select("h1").text()).isEqualTo(link.text());
            assertThat(tagPage.body()).contains(SeedPage.TITLE);
        }
    }

    @Test
    void seedPageSharesWithPlainLinksAndNoThirdPartyScript() {
        Document page = seed();
        Element share = page.selectFirst("section.share");
        assertThat(share.selectFirst("h2").text()).isEqualTo("שיתוף");
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        List<String> hrefs = share.select("a").eachAttr("href");
        assertThat(hrefs).anyMatch(h -> h.startsWith("https://wa.me/?text="))
                .anyMatch(h -> h.startsWith("https://www.facebook.com/sharer/sharer.php?u="))
                .anyMatch(h -> h.startsWith("https://x.com/intent/post?url="))
                .anyMatch(h -> h.startsWith("https://t.me/share/url?url="))
                .anyMatch(h -> h.startsWith("mailto:?subject="));
        assertThat(hrefs).allMatch(h -> URLDecoder.decode(h, StandardCharsets.UTF_8).contains(canonical));
        assertThat(share.selectFirst("input#share-url").attr("value")).isEqualTo(canonical);
        assertThat(share.selectFirst("button.copy-button").text()).isEqualTo("העתקת קישור");
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/js/site.js");
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("link[href^=http]").eachAttr("href")).containsExactly(canonical);
        assertThat(page.select("img[src^=http], img[src^=//], iframe, object, embed, link[href^=//]")).isEmpty();
    }

    @Test
    void seedPageCarriesCompleteStructuredDataAndPreviews() {
        Document page = seed();
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        var scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        JsonNode ld = JsonMapper.builder().build().readTree(scripts.first().data());
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("mainEntityOfPage").get("@id").asString()).isEqualTo(canonical);
        assertThat(ld.get("headline").asString()).isEqualTo(SeedPage.TITLE);
        assertThat(ld.get("description").asString()).isEqualTo(SeedPage.SUBTITLE);
        assertThat(ld.get("datePublished").asString()).isEqualTo("2025-03-01T17:49:00+02:00");
        assertThat(ld.get("dateModified").asString()).isEqualTo("2025-03-01T17:49:00+02:00");
        assertThat(ld.get("author").get(0).get("name").asString()).isEqualTo("מערכת עיתון");
        assertThat(ld.get("author").get(0).get("url").asString()).endsWith("/author/desk");
        assertThat(ld.get("publisher").get("name").asString()).isEqualTo("עיתון");
        assertThat(ld.get("publisher").get("logo").get("url").asString()).endsWith("/images/logo.png");
        assertThat(ld.get("publisher").get("logo").get("width").asInt()).isEqualTo(600);
        assertThat(ld.get("image").get(0).get("url").asString()).endsWith("/images/share.png");
        assertThat(ld.get("articleSection").asString()).isEqualTo("מדיני");
        List<String> keywords = new java.util.ArrayList<>();
        ld.get("keywords").forEach(k -> keywords.add(k.asString()));
        assertThat(keywords).containsExactlyElementsOf(SeedPage.TAGS);
        assertThat(ld.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(ld.get("inLanguage").asString()).isEqualTo("he");

        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("he_IL");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(SeedPage.TITLE);
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(SeedPage.SUBTITLE);
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=article:published_time]").attr("content")).isEqualTo("2025-03-01T17:49:00+02:00");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactlyElementsOf(SeedPage.TAGS);
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        for (String image : List.of("/images/logo.png", "/images/share.png")) {
            var response = http.get(image);
            assertThat(response.statusCode()).as(image).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        }
    }

    @Test
    void aSponsoredArticleIsAnAdvertiserContentArticleEverywhere() {
        var sponsored = jdbc.sql("SELECT id, slug, sponsor_name FROM article WHERE sponsored = TRUE ORDER BY id")
                .query((rs, n) -> new String[] {io.iton.shared.PublicPaths.article(rs.getLong("id"), rs.getString("slug")),
                        rs.getString("sponsor_name")}).list().getFirst();
        Document page = Jsoup.parse(http.get(sponsored[0]).body());
        JsonNode ld = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asString()).isEqualTo("AdvertiserContentArticle");
        assertThat(ld.get("sponsor").get("name").asString()).isEqualTo(sponsored[1]);
        assertThat(page.selectFirst("article .sponsored-label").text()).contains("תוכן שיווקי", "בשיתוף", sponsored[1]);
    }

    @Test
    void seedPageHasMoreArticlesTheAdvertiseCallAndBackToTop() {
        Document page = seed();
        Element more = page.selectFirst("section.more-articles");
        assertThat(more.selectFirst("h2").text()).isEqualTo("מאמרים");
        assertThat(more.select("h3").eachText()).containsExactly("כתבות קשורות", "כתבות אחרונות");
        assertThat(more.select("a")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(more.select("a").eachText()).doesNotContain(SeedPage.TITLE);

        Element cta = page.selectFirst("a[href=/advertise]");
        assertThat(cta.text()).isEqualTo("רוצה לפרסם אצלנו ? הצעת מחיר?");
        assertThat(http.get("/advertise").statusCode()).isEqualTo(200);

        Element toTop = page.selectFirst("a.to-top");
        assertThat(toTop.attr("href")).isEqualTo("#top");
        assertThat(toTop.text()).contains("חזרה לראש העמוד");
        assertThat(page.select("#top")).hasSize(1);
    }

}
