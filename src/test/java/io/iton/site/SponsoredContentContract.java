package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sponsored article is labelled as advertising everywhere a reader meets it (issue 6, item 7):
 * its page, every list, the feeds, search and the API say {@code תוכן שיווקי} and
 * {@code בשיתוף …}; its links to other sites carry {@code rel="sponsored"}; it is never offered
 * as a "related article" of editorial content.
 */
abstract class SponsoredContentContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SPONSOR = "חברת <b>הדגמה</b> בע\"מ";

    @Autowired
    JdbcClient jdbc;

    private JsonNode publish(String title, String body, List<String> tags, boolean sponsored) {
        var fields = new java.util.HashMap<String, Object>(Map.of("title", title, "subtitle", "כותרת משנה לבדיקה",
                "body", body, "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "security"), "tags", tags));
        if (sponsored) {
            fields.put("sponsored", true);
            fields.put("sponsorName", SPONSOR);
        }
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", JSON.writeValueAsString(fields));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> published = http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return JSON.readTree(published.body());
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), http.url("/"));
    }

    private static String path(JsonNode article) {
        return java.net.URI.create(article.get("url").asString()).getRawPath();
    }

    private static void labelled(Element card, String where) {
        assertThat(card).as("the sponsored card on " + where).isNotNull();
        assertThat(card.selectFirst(".sponsored-label")).as("label on " + where).isNotNull();
        assertThat(card.selectFirst(".sponsored-label").text()).as(where).contains("תוכן שיווקי", "בשיתוף", SPONSOR);
    }

    private static Element cardOf(Document page, String articlePath) {
        Element link = page.selectFirst("main a[href=" + articlePath + "]");
        return link == null ? null : link.closest("article, li");
    }

    @Test
    void aSponsoredArticleIsLabelledOnItsPageInListsFeedsSearchAndTheApi() throws Exception {
        String word = "ממומןבדיקה" + Fixtures.unique("").replaceAll("[^0-9]", "");
        String tag = "תג-ממומן-" + Fixtures.unique("");
        JsonNode ad = publish("כתבה ממומנת " + word, "<p>" + word + " <a href=\"https://advertiser.example/offer\">להצעה</a>"
                + " ו<a href=\"/category/security\">כתבות ביטחון</a></p>", List.of(tag), true);
        String adPath = path(ad);

        Document article = page(adPath);
        assertThat(article.selectFirst("article .sponsored-label").text()).contains("תוכן שיווקי", "בשיתוף", SPONSOR);
        assertThat(article.html()).as("the sponsor's name is text, never markup").doesNotContain("<b>הדגמה</b>");
        assertThat(article.selectFirst(".article-body a[href=https://advertiser.example/offer]").attr("rel"))
                .contains("sponsored");
        assertThat(article.selectFirst(".article-body a[href=/category/security]").hasAttr("rel"))
                .as("the site's own links are not paid links").isFalse();

        labelled(cardOf(page("/"), adPath), "home");
        labelled(cardOf(page("/category/security"), adPath), "category page");
        String tagPath = article.selectFirst("a[href^=/tag/]:contains(" + tag + ")").attr("href");
        labelled(cardOf(page(tagPath), adPath), "tag page");
        String authorPath = article.selectFirst("a[href^=/author/]").attr("href");
        labelled(cardOf(page(authorPath), adPath), "author page");

        for (String feed : List.of("/feed.xml", "/category/security/feed.xml", tagPath + "/feed.xml")) {
            Document rss = Jsoup.parse(http.get(feed).body(), "", org.jsoup.parser.Parser.xmlParser());
            Element item = rss.select("item").stream()
                    .filter(i -> i.selectFirst("link").text().endsWith(adPath)).findFirst().orElse(null);
            assertThat(item).as(feed).isNotNull();
            assertThat(item.selectFirst("title").text()).as(feed).startsWith("תוכן שיווקי");
            assertThat(item.select("category").eachText()).as(feed).contains("תוכן שיווקי");
            assertThat(Jsoup.parse(item.selectFirst("description").text()).text()).as(feed + ": the description is HTML")
                    .contains("בשיתוף", SPONSOR);
        }

        JsonNode api = JSON.readTree(http.get("/api/v1/articles/" + ad.get("id").asLong()).body());
        assertThat(api.get("sponsored").asBoolean()).isTrue();
        assertThat(api.get("sponsorName").asString()).isEqualTo(SPONSOR);
        assertThat(api.get("body").asString()).contains("rel=\"sponsored noopener\"");

        String q = URLEncoder.encode(word, StandardCharsets.UTF_8);
        Element hit = null;
        for (int i = 0; i < 30 && hit == null; i++) {
            hit = cardOf(page("/search?q=" + q), adPath);
            if (hit == null) {
                Thread.sleep(100);
            }
        }
        labelled(hit, "search results");
        JsonNode found = JSON.readTree(http.get("/api/v1/search?q=" + q).body()).get("items").get(0);
        assertThat(found.get("sponsored").asBoolean()).isTrue();
        assertThat(found.get("sponsorName").asString()).isEqualTo(SPONSOR);
    }

    @Test
    void aSponsoredArticleIsNeverRelatedToEditorialContent() {
        String tag = "תג-קשור-" + Fixtures.unique("");
        JsonNode ad = publish("ממומן עם תג משותף " + Fixtures.unique(""), "<p>פרסומת</p>", List.of(tag), true);
        JsonNode news = publish("חדשות עם תג משותף " + Fixtures.unique(""), "<p>חדשות</p>", List.of(tag), false);
        Document page = page(path(news));
        assertThat(page.select("section.more-articles a[href=" + path(ad) + "]"))
                .as("related and latest lists on an editorial article").allSatisfy(a ->
                        assertThat(a.closest("li").selectFirst(".sponsored-tag")).as("labelled if listed as latest").isNotNull());
        page.select("section.more-articles h3").stream().filter(h -> h.text().equals("כתבות קשורות"))
                .findFirst().ifPresent(h -> assertThat(h.nextElementSibling().select("a[href=" + path(ad) + "]"))
                        .as("related").isEmpty());
    }
}
