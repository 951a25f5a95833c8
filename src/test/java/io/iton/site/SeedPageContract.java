package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
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
        long id = jdbc.sql("SELECT id FROM article WHERE title = :title").param("title", SeedPage.TITLE)
                .query(Long.class).single();
        HttpResponse<String> redirect = http.get("/article/" + id);
        assertThat(redirect.statusCode()).isEqualTo(301);
        return redirect.headers().firstValue("Location").orElseThrow().replace(http.url(""), "");
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
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("link[href^=http]").eachAttr("href")).containsExactly(canonical);
        assertThat(page.select("img[src^=http], img[src^=//], iframe, object, embed, link[href^=//]")).isEmpty();
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
