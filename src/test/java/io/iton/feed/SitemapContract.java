package io.iton.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.SeedPage;

/** Sitemaps and robots.txt through the running application, validated against their schemas. */
abstract class SitemapContract extends AppTest {

    @Autowired
    JdbcClient jdbc;

    private static Schema schema(String... resources) throws Exception {
        List<Source> sources = new ArrayList<>();
        for (String resource : resources) {
            sources.add(new StreamSource(SitemapContract.class.getResource(resource).toExternalForm()));
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(sources.toArray(Source[]::new));
    }

    private String valid(String path, Schema schema) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        schema.newValidator().validate(new StreamSource(new StringReader(response.body())));
        return response.body();
    }

    private static List<String> locs(String xml) {
        return Jsoup.parse(xml, "", Parser.xmlParser()).select("loc").eachText();
    }

    /** Publishes a new article now; returns its id. */
    private long publish(String title) {
        long author = DemoData.authorId(jdbc, "desk");
        long category = DemoData.categoryId(jdbc, "security");
        String json = "{\"title\":" + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(title)
                + ",\"body\":\"<p>x</p>\",\"authorId\":" + author + ",\"categoryId\":" + category + "}";
        long id = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(http.asAdmin("POST", "/api/v1/articles", json).body()).get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        return id;
    }

    @Test
    void theIndexAndEverySitemapItNamesPassTheSchemas() throws Exception {
        publish("ידיעה של היום למפת האתר");  // the news sitemap is named only while it has news
        Schema index = schema("/com/redfin/sitemapgenerator/siteindex.xsd");
        Schema urlset = schema("/schemas/sitemap-news.xsd", "/com/redfin/sitemapgenerator/sitemap.xsd");
        List<String> sitemaps = locs(valid("/sitemap.xml", index));
        assertThat(sitemaps).anyMatch(l -> l.endsWith("/sitemaps/articles-1.xml"))
                .anyMatch(l -> l.endsWith("/sitemaps/categories.xml")).anyMatch(l -> l.endsWith("/sitemaps/tags-1.xml"))
                .anyMatch(l -> l.endsWith("/sitemaps/authors.xml")).anyMatch(l -> l.endsWith("/sitemaps/news.xml"));
        for (String sitemap : sitemaps) {
            String path = sitemap.replaceAll("^https?://[^/]+", "");
            String xml = valid(path, urlset);
            for (String loc : locs(xml).subList(0, Math.min(3, locs(xml).size()))) {
                assertThat(http.get(loc.replaceAll("^https?://[^/]+", "")).statusCode()).as(loc).isEqualTo(200);
            }
        }
    }

    @Test
    void theArticleSitemapListsExactlyThePublicArticlesWithLastmod() throws Exception {
        String xml = http.get("/sitemaps/articles-1.xml").body();
        long published = jdbc.sql("SELECT COUNT(*) FROM article WHERE status IN ('PUBLISHED', 'SCHEDULED')"
                + " AND published_at <= CURRENT_TIMESTAMP").query(Long.class).single();
        var doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(doc.select("url")).hasSize((int) published);
        assertThat(doc.select("url > lastmod")).hasSize((int) published);
        assertThat(xml).contains("<lastmod>2025-03-01T17:49:00+02:00</lastmod>");
        assertThat(http.get("/sitemaps/articles-2.xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/sitemaps/articles-x.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void theNewsSitemapHoldsTheLastTwoDaysWithPublicationAndLanguage() throws Exception {
        String title = "חדשות טריות על צה\"ל & <ארה\"ב>";
        long id = publish(title);

        String xml = valid("/sitemaps/news.xml", schema("/schemas/sitemap-news.xsd", "/com/redfin/sitemapgenerator/sitemap.xsd"));
        var doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(doc.select("news|title").eachText()).contains(title).doesNotContain(SeedPage.TITLE);
        assertThat(doc.select("news|publication news|name").eachText()).allMatch("עיתון"::equals);
        assertThat(doc.select("news|publication news|language").eachText()).allMatch("he"::equals);

        http.asAdmin("POST", "/api/v1/articles/" + id + "/unpublish", "{\"version\":1}");
        assertThat(http.get("/sitemaps/news.xml").body()).doesNotContain("חדשות טריות");
        assertThat(locs(http.get("/sitemaps/articles-1.xml").body())).noneMatch(l -> l.contains("/article/" + id + "/"));
    }

    @Test
    void robotsPointAtBothSitemaps() {
        HttpResponse<String> robots = http.get("/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body()).contains("Sitemap: http://localhost:8080/sitemap.xml",
                "Sitemap: http://localhost:8080/sitemaps/news.xml", "Disallow: /api/");
    }
}
