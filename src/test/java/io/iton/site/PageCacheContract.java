package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/** The public page cache: kept copies, revalidation, and never a stale page after a change. */
abstract class PageCacheContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCache cache;

    @Autowired
    PageCacheInvalidation invalidation;

    @Autowired
    MeterRegistry meters;

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long publish(String title, String category) {
        return publish(title, category, "ישראל");
    }

    private long publish(String title, String category, String tag) {
        long author = DemoData.authorId(jdbc, "desk");
        long categoryId = DemoData.categoryId(jdbc, category);
        String json = JSON.writeValueAsString(Map.of("title", title, "subtitle", "משנה", "body", "<p>גוף</p>",
                "authorId", author, "categoryId", categoryId, "tags", List.of(tag)));
        long id = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", json).body()).get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        return id;
    }

    @Test
    void aKeptPageIsRevalidatedWith304AndCarriesItsHeaders() throws Exception {
        HttpResponse<String> first = get("/category/politics", Map.of());
        HttpResponse<String> second = get("/category/politics", Map.of());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("ETag")).hasValue(etag);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("s-maxage", "stale-while-revalidate");
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(second.headers().firstValue("Content-Language")).hasValue("he");

        HttpResponse<String> byTag = get("/category/politics", Map.of("If-None-Match", etag));
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        HttpResponse<String> byDate = get("/category/politics",
                Map.of("If-Modified-Since", second.headers().firstValue("Last-Modified").orElseThrow()));
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(get("/category/politics", Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
        assertThat(get("/no/such/page", Map.of()).headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> gzipped = get("/category/politics", Map.of("Accept-Encoding", "gzip"));
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("ETag").orElseThrow()).startsWith("W/");
        assertThat(get("/api/v1/articles", Map.of()).headers().firstValue("Cache-Control").orElse("")).doesNotContain("s-maxage");
    }

    @Test
    void anEditIsOnEveryPageAndFeedAtOnce() {
        String before = "כתבה לפני תיקון " + Fixtures.unique("");
        long id = publish(before, "world");
        List<String> pages = List.of("/", "/category/world", "/tag/%D7%99%D7%A9%D7%A8%D7%90%D7%9C", "/author/desk",
                "/feed.xml", "/category/world/feed.xml");
        pages.forEach(p -> assertThat(http.get(p).body()).as(p).contains(before));
        assertThat(http.get("/sitemaps/news.xml").body()).contains("/article/" + id + "/");
        assertThat(http.get("/category/sport").statusCode()).isEqualTo(200);
        assertThat(cache.contains("/category/sport")).isTrue();
        String after = "כתבה אחרי תיקון " + Fixtures.unique("");
        String edit = JSON.writeValueAsString(Map.of("version", 1, "title", after, "subtitle", "משנה", "body", "<p>גוף</p>",
                "authorId", jdbc.sql("SELECT author_id FROM article WHERE id = :id").param("id", id).query(Long.class).single(),
                "categoryId", jdbc.sql("SELECT category_id FROM article WHERE id = :id").param("id", id).query(Long.class).single(),
                "tags", List.of("ישראל")));
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit).statusCode()).isEqualTo(200);
        pages.forEach(p -> assertThat(http.get(p).body()).as(p).contains(after).doesNotContain(before));
        // an unrelated page was not dropped: it is still kept, and answered from the cache
        assertThat(cache.contains("/category/sport")).isTrue();
        long hits = cache.stats().hitCount();
        assertThat(http.get("/category/sport").statusCode()).isEqualTo(200);
        assertThat(cache.stats().hitCount()).isEqualTo(hits + 1);

        http.asAdmin("POST", "/api/v1/articles/" + id + "/unpublish", "{\"version\":2}");
        pages.forEach(p -> assertThat(http.get(p).body()).as(p).doesNotContain(after));
        assertThat(http.get("/sitemaps/articles-1.xml").body()).doesNotContain("/article/" + id + "/");
        assertThat(http.get("/sitemaps/news.xml").body()).doesNotContain("/article/" + id + "/");
    }

    @Test
    void renamingACategoryChangesEveryPageThatShowsIt() {
        assertThat(http.get("/").body()).contains(">ביטחון<");
        String json = JSON.writeValueAsString(Map.of("name", "ביטחון וצבא", "slug", "security", "description", "",
                "featured", true, "menuOrder", 2));
        long id = DemoData.categoryId(jdbc, "security");
        try {
            assertThat(http.asAdmin("PUT", "/api/v1/categories/" + id, json).statusCode()).isEqualTo(200);
            assertThat(http.get("/").body()).contains(">ביטחון וצבא<");
        } finally {
            http.asAdmin("PUT", "/api/v1/categories/" + id, json.replace("ביטחון וצבא", "ביטחון"));
        }
        assertThat(http.get("/").body()).contains(">ביטחון<");
    }

    @Test
    void renamingATagChangesThePagesThatShowIt() {
        String name = "תגית לשינוי " + Fixtures.unique("");
        long id = JSON.readTree(http.asAdmin("POST", "/api/v1/tags", JSON.writeValueAsString(Map.of("name", name))).body())
                .get("id").asLong();
        long author = DemoData.authorId(jdbc, "desk");
        long category = DemoData.categoryId(jdbc, "sport");
        String json = JSON.writeValueAsString(Map.of("title", "כתבה עם תגית " + Fixtures.unique(""), "body", "<p>x</p>",
                "authorId", author, "categoryId", category, "tags", List.of(name)));
        long article = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", json).body()).get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + article + "/publish", "{\"version\":0}");
        assertThat(http.get("/category/sport").body()).doesNotContain("שם חדש לתגית");
        String page = JSON.readTree(http.get("/api/v1/articles/" + article).body()).get("url").asString().replaceAll("^https?://[^/]+", "");
        assertThat(http.get(page).body()).contains(name);
        http.asAdmin("PUT", "/api/v1/tags/" + id, JSON.writeValueAsString(Map.of("name", "שם חדש לתגית " + id)));
        assertThat(http.get(page).body()).contains("שם חדש לתגית " + id).doesNotContain(name);
    }

    @Test
    void aPublishDropsEveryPageOfTheListsItJoins() {
        assertThat(http.get("/?page=2").statusCode()).isEqualTo(200);
        String secondPage = http.get("/?page=2").body();
        assertThat(cache.contains("/?page=2")).isTrue();
        long id = publish("כתבה שדוחפת לעמוד הבא " + Fixtures.unique(""), "economy");
        assertThat(cache.contains("/?page=2")).isFalse();
        assertThat(http.get("/?page=2").body()).isNotEqualTo(secondPage);
        assertThat(http.get("/").body()).contains("/article/" + id + "/");
    }

    @Test
    void renamingACategoryOutsideTheHeaderChangesThePagesThatShowItAndKeepsTheOthers() {
        long id = DemoData.categoryId(jdbc, "culture");
        String article = "כתבת תרבות לשינוי שם " + Fixtures.unique("");
        long articleId = publish(article, "culture");
        String articlePage = http.get("/api/v1/articles/" + articleId).body();
        String path = JSON.readTree(articlePage).get("url").asString().replaceAll("^https?://[^/]+", "");
        List<String> showing = List.of("/category/culture", path, "/", "/category/culture/feed.xml");
        showing.forEach(p -> assertThat(http.get(p).body()).as(p).contains("תרבות"));
        assertThat(http.get("/category/politics").statusCode()).isEqualTo(200);
        String renamed = "תרבות ופנאי " + Fixtures.unique("");
        String json = JSON.writeValueAsString(Map.of("name", renamed, "slug", "culture",
                "description", "תיאטרון, מוזיקה, קולנוע ואמנות – מה קורה על הבמות בארץ.", "featured", false, "menuOrder", 6));
        try {
            assertThat(http.asAdmin("PUT", "/api/v1/categories/" + id, json).statusCode()).isEqualTo(200);
            showing.forEach(p -> assertThat(http.get(p).body()).as(p).contains(renamed));
            assertThat(cache.contains("/category/politics")).as("a page that does not show it stays kept").isTrue();
        } finally {
            http.asAdmin("PUT", "/api/v1/categories/" + id, json.replace(renamed, "תרבות"));
        }
    }

    @Test
    void aKeptPageGoesOutGzippedOnlyToClientsThatTakeItWithTheSameHeadersAsWhenRendered() throws Exception {
        String path = "/tag/" + URLEncoder.encode("ישראל", StandardCharsets.UTF_8);
        long id = publish("כתבה לכותרות " + Fixtures.unique(""), "world");
        HttpResponse<String> rendered = get(path, Map.of());
        HttpResponse<String> kept = get(path, Map.of());
        assertThat(kept.body()).isEqualTo(rendered.body()).contains("/article/" + id + "/");
        Map<String, List<String>> renderedHeaders = new TreeMap<>(rendered.headers().map());
        Map<String, List<String>> keptHeaders = new TreeMap<>(kept.headers().map());
        renderedHeaders.remove("date");
        keptHeaders.remove("date");
        assertThat(keptHeaders).isEqualTo(renderedHeaders);
        assertThat(renderedHeaders.get("x-content-type-options")).containsExactly("nosniff");

        HttpResponse<byte[]> gzipped = CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("accept-encoding");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(kept.body());
        }
        assertThat(get(path, Map.of("Accept-Encoding", "gzip;q=0, identity")).headers().firstValue("Content-Encoding"))
                .isEmpty();
        HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).isEqualTo(kept.headers().firstValue("ETag"));
    }

    @Test
    void anArticlePageIsKeptAcrossAPublishAndShowsTheNewArticleInItsLatestList() throws Exception {
        String olderTitle = "כתבה ותיקה " + Fixtures.unique("");
        long older = publish(olderTitle, "world", "תגית ותיקה " + Fixtures.unique(""));
        String path = articlePath(older);
        HttpResponse<String> before = get(path, Map.of());
        assertThat(latestList(before.body())).as("its own article is not among the latest on its page")
                .doesNotContain("/article/" + older + "/");

        String newerTitle = "כתבה חדשה " + Fixtures.unique("");
        String newerTag = "תגית חדשה " + Fixtures.unique("");
        long newer = publish(newerTitle, "sport", newerTag);
        HttpResponse<String> after = keptAndAnswered(path, "a publish no longer drops every article page");
        assertThat(latestList(after.body())).contains(newerTitle, "/article/" + newer + "/")
                .doesNotContain("/article/" + older + "/");
        assertThat(after.body()).doesNotContain("<!--more-").contains(olderTitle);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));

        HttpResponse<byte[]> gzipped = CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(after.body());
        }
        assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(after.headers().firstValue("ETag"));

        // the list shows the newer article's title: renaming it changes the list on the older page at once
        String renamed = "כותרת מתוקנת " + Fixtures.unique("");
        renameSportArticle(newer, renamed, newerTag);
        assertThat(latestList(http.get(path).body())).contains(renamed).doesNotContain(newerTitle);
        // and the newer article's own page leaves itself out of the list
        assertThat(latestList(http.get(articlePath(newer)).body())).doesNotContain("/article/" + newer + "/")
                .contains("/article/" + older + "/");
    }

    @Test
    void anArticlePageIsKeptAcrossAPublishWithItsTagAndShowsTheNewArticleAmongItsRelated() throws Exception {
        String tag = "תגית משותפת " + Fixtures.unique("");
        long older = publish("כתבה ראשונה בתגית " + Fixtures.unique(""), "world", tag);
        String path = articlePath(older);
        HttpResponse<String> before = get(path, Map.of());
        assertThat(before.body()).doesNotContain("<!--more-");

        String newerTitle = "כתבה שנייה בתגית " + Fixtures.unique("");
        long newer = publish(newerTitle, "sport", tag);
        HttpResponse<String> after = keptAndAnswered(path, "a publish with the page's tag no longer drops it");
        assertThat(relatedList(after.body())).contains(newerTitle, "/article/" + newer + "/");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(relatedList(http.get(articlePath(newer)).body())).as("and the other way round")
                .contains("/article/" + older + "/");

        HttpResponse<byte[]> gzipped = CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(after.body());
        }

        String renamed = "כותרת מתוקנת לקשורה " + Fixtures.unique("");
        renameSportArticle(newer, renamed, tag);
        assertThat(relatedList(http.get(path).body())).contains(renamed).doesNotContain(newerTitle);

        http.asAdmin("POST", "/api/v1/articles/" + newer + "/unpublish", "{\"version\":2}");
        String page = http.get(path).body();
        assertThat(page).doesNotContain("/article/" + newer + "/").doesNotContain(renamed);
        assertThat(cache.contains(path)).as("its own page was kept all along").isTrue();
    }

    @Test
    void aTagMergeAndASponsorshipReachTheRelatedListOfAKeptPage() throws Exception {
        String kept = "תגית נשארת " + Fixtures.unique("");
        String merged = "תגית נבלעת " + Fixtures.unique("");
        long older = publish("כתבה בתגית הנשארת " + Fixtures.unique(""), "world", kept);
        String otherTitle = "כתבה בתגית הנבלעת " + Fixtures.unique("");
        long other = publish(otherTitle, "sport", merged);
        String path = articlePath(older);
        assertThat(relatedList(http.get(path).body())).doesNotContain("/article/" + other + "/");

        long keptId = tagId(kept);
        assertThat(http.asAdmin("POST", "/api/v1/tags/" + tagId(merged) + "/merge", "{\"targetId\":" + keptId + "}")
                .statusCode()).isEqualTo(200);
        assertThat(relatedList(http.get(path).body())).as("the merge gave both articles the same tag")
                .contains(otherTitle, "/article/" + other + "/");

        long version = jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", other).query(Long.class).single();
        String sponsored = JSON.writeValueAsString(Map.of("version", version, "title", otherTitle, "subtitle", "משנה",
                "body", "<p>גוף</p>", "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", DemoData.categoryId(jdbc, "sport"),
                "tags", List.of(kept), "sponsored", true, "sponsorName", "חברת הפרסום"));
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + other, sponsored).statusCode()).isEqualTo(200);
        assertThat(relatedList(http.get(path).body())).as("a sponsored article is never among the related")
                .doesNotContain("/article/" + other + "/");
    }

    private long tagId(String name) {
        return jdbc.sql("SELECT id FROM tag WHERE name = :name").param("name", name).query(Long.class).single();
    }

    @Test
    void manyAskingForADroppedPageAtOnceShareOneRendering() throws Exception {
        long id = publish("כתבה מבוקשת " + Fixtures.unique(""), "world", "תגית מבוקשת " + Fixtures.unique(""));
        String path = articlePath(id);
        String kept = http.get(path).body();
        cache.invalidate(Set.of("article:" + id));
        double before = renders();
        int readers = 12;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(readers)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return get(path, Map.of());
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                assertThat(answer.get().body()).isEqualTo(kept);
            }
        }
        assertThat(renders() - before).as("renderings for %d readers at once", readers).isBetween(1.0, 3.0);
    }

    private double renders() {
        var timer = meters.find("iton.page.render").tag("view", "site/article").timer();
        return timer == null ? 0 : timer.count();
    }

    private String articlePath(long id) {
        String slug = jdbc.sql("SELECT slug FROM article WHERE id = :id").param("id", id).query(String.class).single();
        return "/article/" + id + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Gives the just published article {@code id} of the sport desk a new title, keeping its one tag. */
    private void renameSportArticle(long id, String title, String tag) {
        String edit = JSON.writeValueAsString(Map.of("version", 1, "title", title, "subtitle", "משנה", "body", "<p>גוף</p>",
                "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", DemoData.categoryId(jdbc, "sport"),
                "tags", List.of(tag)));
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit).statusCode()).isEqualTo(200);
    }

    /** The page at {@code path}, which must still be kept ({@code why}) and is answered from the cache. */
    private HttpResponse<String> keptAndAnswered(String path, String why) throws Exception {
        assertThat(cache.contains(path)).as(why).isTrue();
        long hits = cache.stats().hitCount();
        HttpResponse<String> page = get(path, Map.of());
        assertThat(cache.stats().hitCount()).isEqualTo(hits + 1);
        return page;
    }

    /** The related-articles list at the foot of an article page. */
    private static String relatedList(String page) {
        int start = page.indexOf(">כתבות קשורות<");
        assertThat(start).as("the page has its related list").isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    /** The latest-articles list at the foot of an article page. */
    private static String latestList(String page) {
        int start = page.indexOf(">כתבות אחרונות<");
        assertThat(start).as("the page has its latest list").isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    @Test
    void aFloodOfPageNumbersAndTrackingParametersStaysWithinTheBound() {
        for (int i = 1; i <= 400; i++) {
            int status = http.get("/?page=" + i).statusCode();
            assertThat(status).isIn(200, 404);
            assertThat(http.get("/category/world?fbclid=" + i).statusCode()).isEqualTo(200);
            assertThat(http.get("/advertise?x=" + i).statusCode()).isEqualTo(200);
        }
        assertThat(cache.weightedSize()).isLessThanOrEqualTo(CACHE_BYTES);
        assertThat(cache.contains("/category/world")).isTrue();
        assertThat(cache.contains("/category/world?fbclid=7")).isFalse();
        assertThat(cache.indexedTags()).isLessThan(2_000);
    }

    @Test
    void aFloodOfDistinctAddressesStaysWithinTheBound() {
        for (int i = 0; i < 250; i++) {
            assertThat(http.get("/?flood=" + i).statusCode()).isEqualTo(200);
        }
        assertThat(cache.weightedSize()).isLessThanOrEqualTo(CACHE_BYTES);
        assertThat(cache.size()).isPositive().isLessThan(250);
    }

    @Test
    void aScheduledArticleAppearsAtItsMinuteThoughThePageWasKept() throws Exception {
        String title = "מתוזמנת שתופיע עוד רגע " + Fixtures.unique("");
        long author = DemoData.authorId(jdbc, "desk");
        long category = DemoData.categoryId(jdbc, "culture");
        jdbc.sql("""
                        INSERT INTO article (slug, title, subtitle, body, author_id, category_id, status, published_at,
                                             created_at, sponsored, version)
                        VALUES ('due', :title, '', '<p>x</p>', :author, :category, 'SCHEDULED', :at, :at, FALSE, 0)""")
                .param("title", title).param("author", author).param("category", category)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2)).update();
        assertThat(http.get("/category/culture").body()).doesNotContain(title);
        Thread.sleep(2500);
        invalidation.scheduledArticlesCameDue();
        assertThat(http.get("/category/culture").body()).contains(title);
    }
}
