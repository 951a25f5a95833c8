package io.iton.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.iton.support.AppTest;
import io.iton.support.SeedPage;

/** The RSS feeds through the running application, each parsed back with the feed library. */
abstract class FeedContract extends AppTest {

    @Autowired
    JdbcClient jdbc;

    private SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getLanguage()).isEqualTo("he");
        return feed;
    }

    @Test
    void theSiteFeedListsTheNewestPublicArticlesWithWorkingLinks() throws Exception {
        SyndFeed feed = feed("/feed.xml");
        long published = jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED' AND published_at <= CURRENT_TIMESTAMP")
                .query(Long.class).single();
        assertThat(feed.getEntries()).hasSize((int) Math.min(20, published));
        List<java.util.Date> dates = feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (SyndEntry entry : feed.getEntries().subList(0, 3)) {
            assertThat(entry.getLink()).startsWith("http").contains("/article/");
            String path = entry.getLink().replaceAll("^https?://[^/]+", "");
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(entry.getAuthor()).isNotBlank();
            assertThat(entry.getCategories()).isNotEmpty();
        }
    }

    @Test
    void datesCarryIsraelsOffsetInWinterAndInSummer() {
        // the seed article's own tag: other contracts publish newer articles into its category
        String xml = http.get("/tag/%D7%91%D7%98%D7%97%D7%95%D7%A0%D7%99%D7%AA/feed.xml").body();
        assertThat(xml).contains("<pubDate>Sat, 1 Mar 2025 17:49:00 +0200</pubDate>");
        String summer = http.get("/category/world/feed.xml").body();
        assertThat(summer).contains("<pubDate>Tue, 24 Jun 2025 08:15:00 +0300</pubDate>");
    }

    @Test
    void eachCategoryTagAndAuthorHasItsOwnFeed() throws Exception {
        SyndFeed politics = feed("/category/politics/feed.xml");
        assertThat(politics.getLink()).endsWith("/category/politics");
        for (SyndEntry entry : politics.getEntries()) {
            assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("מדיני");
        }
        SyndFeed tag = feed("/tag/%D7%91%D7%98%D7%97%D7%95%D7%A0%D7%99%D7%AA/feed.xml");
        assertThat(tag.getEntries()).extracting(SyndEntry::getTitle).contains(SeedPage.TITLE);
        for (SyndEntry entry : tag.getEntries()) {
            assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("בטחונית");
        }
        SyndFeed desk = feed("/author/desk/feed.xml");
        assertThat(desk.getEntries()).isNotEmpty().allMatch(e -> e.getAuthor().equals("מערכת עיתון"));
        assertThat(http.get("/category/no-such/feed.xml").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(http.get("/category/no-such/feed.xml").body()).selectFirst("h1").text())
                .isEqualTo("העמוד לא נמצא");
    }

    @Test
    void sponsoredItemsSaySo() throws Exception {
        SyndEntry sponsored = feed("/category/economy/feed.xml").getEntries().stream()
                .filter(e -> e.getTitle().startsWith("תוכן שיווקי: ")).findFirst().orElseThrow();
        assertThat(sponsored.getCategories()).extracting(SyndCategory::getName).contains("תוכן שיווקי");
        assertThat(sponsored.getDescription().getValue()).contains("בשיתוף");
    }

    @Test
    void pagesAdvertiseTheirFeeds() {
        var home = Jsoup.parse(http.get("/").body());
        assertThat(home.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href")).containsExactly("/feed.xml");
        var category = Jsoup.parse(http.get("/category/politics").body());
        assertThat(category.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .containsExactly("/feed.xml", "/category/politics/feed.xml");
    }
}
