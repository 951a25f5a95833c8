package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editorial workflow through the running application and its API: the review step and who
 * may take it, required approvals and their voiding by an edit, corrections on the public page,
 * and the new fields. Scheduled publishing is in {@link SchedulingContract}.
 */
abstract class WorkflowContract extends WorkflowAppTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "סיסמה-לבדיקה-ארוכה";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Reviews reviews;

    @Autowired
    Articles articles;

    @Autowired
    TestClock clock;

    long author;
    long category;
    String writer;
    String editor;

    @BeforeEach
    void people() {
        author = DemoData.authorId(jdbc, "desk");
        category = new Fixtures(jdbc).category("בדיקות זרימה");
        writer = account(Role.WRITER);
        editor = account(Role.EDITOR);
    }

    @AfterEach
    void time() {
        clock.reset();
    }

    String account(Role role) {
        String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
        accounts.create(email, "חשבון " + role.name(), PASSWORD, role);
        return email;
    }

    long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    String draftJson(String title, Map<String, Object> extra) {
        Map<String, Object> fields = new HashMap<>(Map.of("title", title, "subtitle", "כותרת משנה",
                "body", "<p>גוף הכתבה</p>", "authorId", author, "categoryId", category, "tags", List.of()));
        fields.putAll(extra);
        return JSON.writeValueAsString(fields);
    }

    JsonNode create(String email, String title, Map<String, Object> extra) {
        HttpResponse<String> created = http.as(email, PASSWORD, "POST", "/api/v1/articles", draftJson(title, extra));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    HttpResponse<String> step(String email, long id, String step, Map<String, Object> body) {
        return http.as(email, PASSWORD, "POST", "/api/v1/articles/" + id + "/" + step, JSON.writeValueAsString(body));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    static List<String> codes(JsonNode kinds) {
        List<String> codes = new ArrayList<>();
        kinds.forEach(k -> codes.add(k.has("code") ? k.get("code").asString() : k.get("kind").asString()));
        return codes;
    }

    String publicPath(long id) {
        String url = json(http.getAsAdmin("/api/v1/articles/" + id)).get("url").asString();
        return url.substring(url.indexOf("/article/"));
    }

    @Test
    void aWriterSubmitsAnEditorReturnsItWithANoteAndThenPublishesIt() {
        long id = create(writer, "טיוטה לבדיקה " + Fixtures.unique(""), Map.of()).get("id").asLong();
        String stranger = account(Role.WRITER);
        assertStatus(step(stranger, id, "submit", Map.of("version", 0)), 403);

        HttpResponse<String> submitted = step(writer, id, "submit", Map.of("version", 0));
        assertStatus(submitted, 200);
        assertThat(json(submitted).get("status").asString()).isEqualTo("IN_REVIEW");

        assertStatus(http.as(writer, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson("שינוי בזמן בדיקה", Map.of("version", 1))), 403);
        assertStatus(step(writer, id, "publish", Map.of("version", 1)), 403);
        assertStatus(step(writer, id, "return", Map.of("version", 1, "note", "לא שלי להחזיר")), 403);
        assertStatus(step(editor, id, "return", Map.of("version", 1, "note", "   ")), 400);
        assertThat(json(step(editor, id, "return", Map.of("version", 1))).get("errors").get("note").asString())
                .isEqualTo("יש לכתוב הערה לכותב/ת: מה לתקן.");

        HttpResponse<String> returned = step(editor, id, "return", Map.of("version", 1, "note", "חסר מקור לציטוט"));
        assertStatus(returned, 200);
        assertThat(json(returned).get("status").asString()).isEqualTo("DRAFT");
        assertThat(json(returned).get("reviewNote").asString()).isEqualTo("חסר מקור לציטוט");
        assertStatus(step(editor, id, "return", Map.of("version", 2, "note", "שוב")), 409);

        assertStatus(http.as(writer, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson("טיוטה מתוקנת", Map.of("version", 2))), 200);
        assertStatus(step(writer, id, "submit", Map.of("version", 3)), 200);
        assertStatus(step(writer, id, "submit", Map.of("version", 3)), 409);
        HttpResponse<String> published = step(editor, id, "publish", Map.of("version", 4));
        assertStatus(published, 200);
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(http.get(publicPath(id)).statusCode()).isEqualTo(200);
    }

    @Test
    void publishingWaitsForEveryRequiredApprovalAndAnEditVoidsThem() {
        reviews.setCategoryKinds(category, List.of("LEGAL"), Actor.admin(userId(ADMIN_EMAIL)));
        JsonNode draft = create(writer, "כתבה רגישה " + Fixtures.unique(""), Map.of("requiredReviews", List.of("CENSOR")));
        long id = draft.get("id").asLong();
        assertThat(codes(draft.get("review").get("required"))).containsExactly("LEGAL", "CENSOR");
        assertThat(codes(draft.get("review").get("missing"))).containsExactly("LEGAL", "CENSOR");

        HttpResponse<String> refused = step(editor, id, "publish", Map.of("version", 0));
        assertStatus(refused, 409);
        assertThat(json(refused).get("detail").asString()).contains("ייעוץ משפטי", "צנזורה צבאית");
        assertStatus(step(editor, id, "publish", Map.of("version", 0, "at", "2031-01-01T09:00:00+02:00")), 409);

        String lawyer = account(Role.WRITER);
        String censor = account(Role.EDITOR);
        assertStatus(step(lawyer, id, "approve", Map.of("version", 0, "kind", "LEGAL")), 403);
        reviews.grant(userId(lawyer), "LEGAL", Actor.admin(userId(ADMIN_EMAIL)));
        reviews.grant(userId(censor), "CENSOR", Actor.admin(userId(ADMIN_EMAIL)));
        assertStatus(step(lawyer, id, "approve", Map.of("version", 0, "kind", "CENSOR")), 403);
        assertStatus(step(lawyer, id, "approve", Map.of("version", 0, "kind", "NOPE")), 400);
        HttpResponse<String> approved = step(lawyer, id, "approve", Map.of("version", 0, "kind", "LEGAL"));
        assertStatus(approved, 200);
        assertThat(codes(json(approved).get("review").get("granted"))).containsExactly("LEGAL");
        assertThat(json(approved).get("review").get("granted").get(0).get("approvedBy").asLong()).isEqualTo(userId(lawyer));
        HttpResponse<String> stillMissing = step(editor, id, "publish", Map.of("version", 0));
        assertThat(json(stillMissing).get("detail").asString()).contains("צנזורה צבאית").doesNotContain("ייעוץ משפטי");
        assertStatus(step(censor, id, "approve", Map.of("version", 0, "kind", "CENSOR")), 200);

        assertStatus(http.as(writer, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson("כתבה רגישה, נוסח חדש", Map.of("version", 0, "requiredReviews", List.of()))), 400);
        assertStatus(http.as(writer, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson("כתבה רגישה, נוסח חדש", Map.of("version", 0, "requiredReviews", List.of("CENSOR")))), 200);
        JsonNode edited = json(http.getAsAdmin("/api/v1/articles/" + id));
        assertThat(codes(edited.get("review").get("granted"))).isEmpty();
        assertStatus(step(editor, id, "approve", Map.of("version", 0, "kind", "LEGAL")), 409);
        HttpResponse<String> voided = step(editor, id, "publish", Map.of("version", 1));
        assertStatus(voided, 409);
        assertThat(json(voided).get("missingApprovals")).extracting(JsonNode::asString).containsExactly("LEGAL", "CENSOR");

        assertStatus(step(lawyer, id, "approve", Map.of("version", 1, "kind", "LEGAL")), 200);
        assertStatus(step(censor, id, "approve", Map.of("version", 1, "kind", "CENSOR")), 200);
        assertStatus(step(editor, id, "publish", Map.of("version", 1)), 200);
    }

    @Test
    void anEditThatVoidsApprovalsTakesAScheduledArticleOffTheSchedule() {
        long id = create(editor, "מתוזמנת עם אישור " + Fixtures.unique(""), Map.of("requiredReviews", List.of("LEGAL")))
                .get("id").asLong();
        reviews.grant(userId(editor), "LEGAL", Actor.admin(userId(ADMIN_EMAIL)));
        assertStatus(step(editor, id, "approve", Map.of("version", 0, "kind", "LEGAL")), 200);
        assertStatus(step(editor, id, "publish", Map.of("version", 0, "at", "2031-01-01T09:00:00+02:00")), 200);
        HttpResponse<String> edited = http.as(editor, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson("נוסח שלא אושר", Map.of("version", 1, "requiredReviews", List.of("LEGAL"))));
        assertStatus(edited, 200);
        assertThat(json(edited).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(json(edited).has("publishedAt")).isFalse();
    }

    @Test
    void aCorrectionShowsOnThePublicPageAndInItsJsonLdAtOnce() {
        long id = create(editor, "כתבה לתיקון " + Fixtures.unique(""), Map.of()).get("id").asLong();
        assertStatus(step(editor, id, "corrections", Map.of("text", "מוקדם מדי")), 409);
        step(editor, id, "publish", Map.of("version", 0));
        String path = publicPath(id);
        assertThat(http.get(path).body()).doesNotContain("CorrectionComment");
        assertThat(http.get(path).body()).doesNotContain("class=\"corrections\"");

        String text = "בגרסה הקודמת נכתב ש<b>השר</b> נכח בפגישה; הוא לא נכח.";
        assertStatus(step(writer, id, "corrections", Map.of("text", text)), 403);
        assertStatus(step(editor, id, "corrections", Map.of("text", "  ")), 400);
        assertStatus(step(editor, id, "corrections", Map.of("text", "ת".repeat(2001))), 400);
        HttpResponse<String> added = step(editor, id, "corrections", Map.of("text", text));
        assertStatus(added, 201);
        assertThat(json(added).get("corrections").get(0).get("text").asString()).isEqualTo(text);

        String html = http.get(path).body();
        assertThat(html).doesNotContain("<b>השר</b>").contains("&lt;b&gt;השר&lt;/b&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select(".corrections li").text()).contains(text);
        assertThat(page.select(".corrections time").attr("datetime")).isNotBlank();
        JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("correction").get(0).get("@type").asString()).isEqualTo("CorrectionComment");
        assertThat(ld.get("correction").get(0).get("text").asString()).isEqualTo(text);
        assertThat(ld.get("correction").get(0).get("datePublished").asString()).isNotBlank();
        assertThat(json(http.get("/api/v1/articles/" + id)).get("corrections")).hasSize(1);
    }

    /** A library row (the media contracts test real uploads; here only the article's reference matters). */
    private long mediaRow() {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO media (token, source_format, original_ext, width, height, bytes, alt, created_at, updated_at)"
                        + " VALUES ('t', 'JPEG', 'jpg', 10, 10, 100, 'תמונה', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Test
    void seoFieldsAndTheFeaturedImageAreStoredAndTheSeoFieldsLeadThePageHead() {
        String title = "כותרת ארוכה של הכתבה " + Fixtures.unique("");
        long image = mediaRow();
        assertThat(http.as(editor, PASSWORD, "POST", "/api/v1/articles", draftJson(title, Map.of("featuredImageId",
                999_999))).statusCode()).as("an image not in the library").isEqualTo(400);
        JsonNode created = create(editor, title, Map.of("seoTitle", " כותרת לגוגל ", "seoDescription", "תיאור למנועי חיפוש",
                "featuredImageId", image));
        assertThat(created.get("seoTitle").asString()).isEqualTo("כותרת לגוגל");
        assertThat(created.get("seoDescription").asString()).isEqualTo("תיאור למנועי חיפוש");
        assertThat(created.get("featuredImageId").asLong()).isEqualTo(image);
        long id = created.get("id").asLong();
        step(editor, id, "publish", Map.of("version", 0));
        Document page = Jsoup.parse(http.get(publicPath(id)).body());
        assertThat(page.title()).startsWith("כותרת לגוגל |");
        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("תיאור למנועי חיפוש");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("כותרת לגוגל");

        HttpResponse<String> kept = http.as(editor, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson(title + " (עודכן)", Map.of("version", 1)));
        assertThat(json(kept).get("seoTitle").asString()).isEqualTo("כותרת לגוגל");
        assertThat(json(kept).get("featuredImageId").asLong()).isEqualTo(image);
        HttpResponse<String> cleared = http.as(editor, PASSWORD, "PUT", "/api/v1/articles/" + id,
                draftJson(title, Map.of("version", 2, "seoTitle", "", "featuredImageId", 0)));
        assertThat(json(cleared).has("seoTitle")).isFalse();
        assertThat(json(cleared).has("featuredImageId")).isFalse();
        assertThat(json(cleared).get("seoDescription").asString()).isEqualTo("תיאור למנועי חיפוש");

        long plain = create(editor, "בלי SEO " + Fixtures.unique(""), Map.of("seoTitle", "  ")).get("id").asLong();
        assertThat(json(http.getAsAdmin("/api/v1/articles/" + plain)).has("seoTitle")).isFalse();
        long before = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        HttpResponse<String> tooLong = http.as(editor, PASSWORD, "POST", "/api/v1/articles",
                draftJson("ארוך", Map.of("seoTitle", "א".repeat(121), "seoDescription", "ב".repeat(321))));
        assertStatus(tooLong, 400);
        assertThat(json(tooLong).get("errors").has("seoTitle")).isTrue();
        assertThat(json(tooLong).get("errors").has("seoDescription")).isTrue();
        assertStatus(http.as(editor, PASSWORD, "POST", "/api/v1/articles", draftJson("בלי סוג", Map.of("requiredReviews", List.of("X")))), 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theNewsroomListsArticlesByStatusAndFilters() {
        String marker = Fixtures.unique("רשימה_%");
        long draft = create(writer, "טיוטה " + marker, Map.of()).get("id").asLong();
        long inReview = create(writer, "בבדיקה " + marker, Map.of()).get("id").asLong();
        step(writer, inReview, "submit", Map.of("version", 0));
        long scheduledSoon = create(editor, "מתוזמנת קרובה " + marker, Map.of()).get("id").asLong();
        step(editor, scheduledSoon, "publish", Map.of("version", 0, "at", "2030-01-01T09:00:00Z"));
        long scheduledLater = create(editor, "מתוזמנת רחוקה " + marker, Map.of()).get("id").asLong();
        step(editor, scheduledLater, "publish", Map.of("version", 0, "at", "2030-06-01T09:00:00Z"));
        long published = create(editor, "פורסמה " + marker, Map.of()).get("id").asLong();
        step(editor, published, "publish", Map.of("version", 0));

        PageRequest all = new PageRequest(1, 100);
        assertThat(ids(articles.inReview(all))).contains(inReview).doesNotContain(draft, published);
        assertThat(ids(articles.draftsBy(userId(writer), all))).containsExactly(draft);
        List<Long> scheduled = ids(articles.scheduled(all));
        assertThat(scheduled).containsSubsequence(scheduledLater, scheduledSoon);
        assertThat(articles.scheduled(all).items()).filteredOn(s -> s.id() == scheduledSoon).singleElement()
                .satisfies(s -> assertThat(s.publishedAt()).isEqualTo(java.time.Instant.parse("2030-01-01T09:00:00Z")));
        Page<ArticleSummary> recent = articles.recentlyPublished(all);
        assertThat(ids(recent)).contains(published).doesNotContain(scheduledSoon, draft);
        assertThat(recent.items()).extracting(ArticleSummary::publishedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Page<ArticleSummary> byTitle = articles.find(new ArticleQuery(null, category, author, null, marker), all);
        assertThat(ids(byTitle)).containsExactly(published, scheduledLater, scheduledSoon, inReview, draft);
        assertThat(byTitle.total()).isEqualTo(5);
        assertThat(ids(articles.find(new ArticleQuery(ArticleStatus.IN_REVIEW, category, null, null, marker), all)))
                .containsExactly(inReview);
        assertThat(articles.find(new ArticleQuery(null, null, null, null, marker.replace("%", "x")), all).items()).isEmpty();
        Page<ArticleSummary> second = articles.find(new ArticleQuery(null, category, null, null, marker), new PageRequest(2, 2));
        assertThat(ids(second)).containsExactly(scheduledSoon, inReview);
    }

    private static List<Long> ids(Page<ArticleSummary> page) {
        return page.items().stream().map(ArticleSummary::id).toList();
    }
}
