package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.support.SeedPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Search through the running application: what readers type, what they get, and in what order. */
abstract class SearchContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchIndex index;

    long author;
    long category;

    @BeforeEach
    void ids() {
        author = DemoData.authorId(jdbc, "desk");
        category = DemoData.categoryId(jdbc, "world");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode api(String query) {
        HttpResponse<String> response = http.get("/api/v1/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<String> titles(String text) {
        List<String> titles = new ArrayList<>();
        api("q=" + q(text) + "&size=50").get("items")
                .forEach(i -> titles.add(Jsoup.parse(i.get("titleHtml").asString()).text()));
        return titles;
    }

    /** Creates and publishes an article through the API, all at one time so recency plays no part. */
    private long publish(String title, String body, List<String> tags, String at) {
        String json = JSON.writeValueAsString(Map.of("title", title, "subtitle", "", "body", body,
                "authorId", author, "categoryId", category, "tags", tags));
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", json);
        long id = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> published = http.asAdmin("POST", "/api/v1/articles/" + id + "/publish",
                "{\"version\":0" + (at == null ? "" : ",\"at\":\"" + at + "\"") + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    @ParameterizedTest(name = "a reader typing {0} finds the seed article, marked")
    @ValueSource(strings = {"רוסיה", "ברוסיה", "לרוסיה", "ורוסיה", "קרמלין", "שהקרמלין", "הקרמלין", "צה\"ל", "צה״ל",
            "בצה\"ל", "בטחונית", "ביטחונית", "ביטחוניות", "בטחוניות", "ג'יהאדיסטים", "ג׳יהאדיסטים", "HTS", "hts",
            "וללחוץ", "ללחוץ", "לחוץ", "מוסקבה", "במוסקבה", "גופמן", "הרקין", "זלנסקי", "שיתוף", "שתוף", "7 באוקטובר"})
    void theSeedArticleIsFoundHoweverTheWordIsWritten(String typed) {
        JsonNode results = api("q=" + q(typed) + "&size=50");
        JsonNode seed = null;
        for (JsonNode item : results.get("items")) {
            if (Jsoup.parse(item.get("titleHtml").asString()).text().equals(SeedPage.TITLE)) {
                seed = item;
            }
        }
        assertThat(seed).as("seed article among results for %s", typed).isNotNull();
        assertThat(seed.get("titleHtml").asString() + seed.get("snippetHtml").asString()).contains("<mark>");
    }

    @Test
    void exactFormRanksAbovePrefixStrippedAboveSpellingVariant() {
        String at = "2025-02-02T10:00:00+02:00";
        String word = "זרקולון";
        publish("כתבה על " + word + " כמו שהוא", "<p>א</p>", List.of(), at);
        publish("כתבה על ה" + word + " עם תחילית", "<p>ב</p>", List.of(), at);
        publish("כתבה על זרקלון בכתיב חסר", "<p>ג</p>", List.of(), at);
        assertThat(titles(word)).containsExactly("כתבה על " + word + " כמו שהוא", "כתבה על ה" + word + " עם תחילית",
                "כתבה על זרקלון בכתיב חסר");
    }

    @Test
    void titleAndTagsRankAboveBody() {
        String at = "2025-02-03T10:00:00+02:00";
        publish("גוף בלבד", "<p>הפטרוזיליון מופיע כאן בגוף הכתבה</p>", List.of(), at);
        publish("תגית בלבד", "<p>אחר</p>", List.of("פטרוזיליון"), at);
        publish("פטרוזיליון בכותרת", "<p>אחר</p>", List.of(), at);
        assertThat(titles("פטרוזיליון")).containsExactly("פטרוזיליון בכותרת", "תגית בלבד", "גוף בלבד");
    }

    @Test
    void atEqualRelevanceTheNewerArticleComesFirst() {
        publish("ישנה על קומקומיה", "<p>זהה</p>", List.of(), "2024-01-01T10:00:00+02:00");
        publish("חדשה על קומקומיה", "<p>זהה</p>", List.of(), "2025-06-01T10:00:00+03:00");
        assertThat(titles("קומקומיה")).containsExactly("חדשה על קומקומיה", "ישנה על קומקומיה");
    }

    @Test
    void publishEditAndUnpublishReachSearchAtOnce() {
        String word = "גלגלונית" + Fixtures.unique("").replaceAll("[^a-f]", "").length();
        long id = publish("כתבה על " + word, "<p>תוכן</p>", List.of(), null);
        assertThat(titles(word)).containsExactly("כתבה על " + word);

        int version = jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", id).query(Integer.class).single();
        String edit = JSON.writeValueAsString(Map.of("version", version, "title", "כתבה על שלגונית", "body", "<p>תוכן</p>",
                "authorId", author, "categoryId", category));
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit).statusCode()).isEqualTo(200);
        assertThat(titles(word)).isEmpty();
        assertThat(titles("שלגונית")).contains("כתבה על שלגונית");

        http.asAdmin("POST", "/api/v1/articles/" + id + "/unpublish", "{\"version\":" + (version + 1) + "}");
        assertThat(titles("שלגונית")).doesNotContain("כתבה על שלגונית");
    }

    @Test
    void draftsAreFoundOnlyByTheNewsroom() {
        String json = JSON.writeValueAsString(Map.of("title", "טיוטה על תפוזינה", "body", "<p>x</p>",
                "authorId", author, "categoryId", category));
        http.asAdmin("POST", "/api/v1/articles", json);
        assertThat(titles("תפוזינה")).isEmpty();
        HttpResponse<String> staff = http.getAsAdmin("/api/v1/search?scope=all&q=" + q("תפוזינה"));
        assertThat(staff.body()).contains("תפוזינה", "\"status\":\"DRAFT\"");
        assertThat(http.get("/api/v1/search?scope=all&q=" + q("תפוזינה")).statusCode()).isEqualTo(401);
    }

    @Test
    void filtersNarrowByCategoryTagAuthorAndDate() {
        assertThat(titles("סוריה")).hasSizeGreaterThan(2);
        JsonNode politics = api("q=" + q("סוריה") + "&category=politics&size=50");
        politics.get("items").forEach(i -> assertThat(i.get("category").get("slug").asString()).isEqualTo("politics"));
        assertThat(politics.get("total").asLong()).isPositive();
        JsonNode march = api("q=" + q("סוריה") + "&from=2025-03-01&to=2025-03-01");
        assertThat(march.get("items")).hasSize(1);
        assertThat(march.get("items").get(0).get("publishedAt").asString()).isEqualTo("2025-03-01T15:49:00Z");
        JsonNode tagged = api("q=" + q("ישראל") + "&tag=" + q("בטחונית") + "&size=50");
        assertThat(tagged.get("total").asLong()).isPositive().isLessThan(api("q=" + q("ישראל") + "&size=50").get("total").asLong());
        assertThat(api("q=" + q("סוריה") + "&author=desk&size=50").get("total").asLong()).isPositive();
    }

    @Test
    void aMisspelledWordGetsDidYouMean() {
        JsonNode results = api("q=" + q("רוסיא"));
        assertThat(results.get("total").asLong()).isZero();
        assertThat(results.get("suggestion").asString()).isEqualTo("רוסיה");
        Document page = Jsoup.parse(http.get("/search?q=" + q("רוסיא")).body());
        assertThat(page.selectFirst(".did-you-mean a").text()).isEqualTo("רוסיה");
        assertThat(http.get(page.selectFirst(".did-you-mean a").attr("href")).body()).contains("<mark>");
    }

    @Test
    void badQueriesGetASensibleAnswerNeverAnErrorPage() {
        for (String typed : List.of("", "   ", "\"", "*", ":", "(", "AND", "~", "OR NOT", "\"רוסיה", "רוסיה*", "title:רוסיה",
                "(רוסיה AND סוריה)", "רוסיה~2", "<script>alert(1)</script>", "'; DROP TABLE article; --",
                "א".repeat(2000), "רוסיה ".repeat(400))) {
            long start = System.nanoTime();
            HttpResponse<String> page = http.get("/search?q=" + q(typed));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(page.statusCode()).as(typed).isEqualTo(200);
            assertThat(page.body()).as(typed).doesNotContain("<script>alert", "Exception");
            assertThat(Jsoup.parse(page.body()).select(".search-message, .search-total")).as(typed).isNotEmpty();
            assertThat(millis).as("%s took %d ms", typed.length() > 20 ? typed.substring(0, 20) : typed, millis)
                    .isLessThan(5000);
        }
        assertThat(Jsoup.parse(http.get("/search?q=" + q("(רוסיה AND סוריה)")).body()).select(".search-results li")).isNotEmpty();
        assertThat(http.get("/api/v1/search?q=").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=" + q("*:*")).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&from=yesterday").statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(http.get("/search?q=x&from=yesterday").body()).selectFirst(".search-message").text())
                .contains("התאריך אינו תקין");
    }

    @Test
    void theSearchBoxIsInEveryPagesHeader() {
        Document home = Jsoup.parse(http.get("/").body());
        assertThat(home.selectFirst("header form[role=search]").attr("action")).isEqualTo("/search");
        assertThat(home.selectFirst("header input[type=search]").attr("name")).isEqualTo("q");
    }

    @Test
    void anIndexThatMissedAChangeIsRepairedOnTheNextStart() throws Exception {
        long id = publish("כתבה על אננסית", "<p>x</p>", List.of(), null);
        // As if the node crashed between the database commit and the index update:
        jdbc.sql("UPDATE article SET title = 'כתבה על מנגונית', version = version + 1 WHERE id = :id").param("id", id).update();
        assertThat(titles("מנגונית")).isEmpty();
        indexer.run(new DefaultApplicationArguments());
        assertThat(titles("מנגונית")).containsExactly("כתבה על מנגונית");
        assertThat(titles("אננסית")).isEmpty();
    }

    @Test
    void anEmptyIndexIsBuiltOnStartAsARebuildBuildsItInOneSegment() throws Exception {
        // As after an upgrade whose Lucene or document shape cannot use the old index: nothing in it.
        for (long id : jdbc.sql("SELECT id FROM article").query(Long.class).list()) {
            index.delete(id);
        }
        assertThat(titles("רוסיה")).isEmpty();
        Path emptied = index.folder();
        indexer.run(new DefaultApplicationArguments());
        assertThat(titles("רוסיה")).contains(SeedPage.TITLE);
        assertThat(index.folder()).as("a new generation").isNotEqualTo(emptied);
        int segments = index.read(searcher -> searcher.getIndexReader().leaves().size());
        assertThat(segments).isEqualTo(1);
        assertThat(indexer.documents()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single());
    }

    @Test
    void aRebuildKeepsSearchAnswering() throws Exception {
        assertThat(http.asAdmin("POST", "/api/v1/search/rebuild", null).statusCode()).isEqualTo(202);
        int answered = 0;
        do {
            assertThat(titles("רוסיה")).contains(SeedPage.TITLE);
            answered++;
        } while (JSON.readTree(http.getAsAdmin("/api/v1/search/status").body()).get("rebuilding").asBoolean());
        assertThat(answered).isPositive();
        assertThat(titles("רוסיה")).contains(SeedPage.TITLE);
        assertThat(JSON.readTree(http.getAsAdmin("/api/v1/search/status").body()).get("lastRebuild").asString())
                .startsWith("RebuildReport[articles=");
        assertThat(JSON.readTree(http.getAsAdmin("/api/v1/search/status").body()).get("documents").asLong())
                .as("the index holds every article, drafts too, once")
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single());
        assertThat(http.anonymous("POST", "/api/v1/search/rebuild", null).statusCode()).isEqualTo(401);
    }
}
