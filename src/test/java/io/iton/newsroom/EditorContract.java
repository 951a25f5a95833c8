package io.iton.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.article.Actor;
import io.iton.article.Reviews;
import io.iton.support.AppTest;
import io.iton.support.Session;

/**
 * The article editor through the running app, as the form posts it: writing, the no-JavaScript
 * body, pasted Word markup, publishing rights, the edit conflict, autosave and preview. Run on H2
 * and on PostgreSQL.
 */
abstract class EditorContract extends AppTest {

    private static final String PASSWORD = "סיסמה-של-הצוות-123";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reviews reviews;

    private String writer;
    private String otherWriter;

    @BeforeEach
    void staff() {
        writer = "writer-" + UUID.randomUUID() + "@iton.test";
        otherWriter = "writer-" + UUID.randomUUID() + "@iton.test";
        accounts.create(writer, "כתבת", PASSWORD, Role.WRITER);
        accounts.create(otherWriter, "כתב אחר", PASSWORD, Role.WRITER);
    }

    private Map<String, String> form(String title, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("subtitle", "כותרת משנה");
        form.put("body", body);
        form.put("bodyFormat", "text");
        form.put("categoryId", "1");
        form.put("authorId", "1");
        form.put("tags", "צה\"ל, ביטחון");
        form.put("action", "save");
        return form;
    }

    private long create(Session session, Map<String, String> form) {
        var answer = session.post("/newsroom/articles", form);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The form as a button posts it: the article's current version and the step asked for. */
    private Map<String, String> atCurrentVersion(Map<String, String> form, long id, String action) {
        form.put("version", String.valueOf(version(id)));
        form.put("action", action);
        return form;
    }

    private String stored(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM article WHERE id = ?").param(id).query(String.class).single();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM article WHERE id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void aWriterDraftsInPlainParagraphsAndTheTagsAreCreated() {
        var session = Session.login(http, writer, PASSWORD);
        long id = create(session, form("טיוטה של כתבת", "פסקה ראשונה\nשורה שנייה\n\nפסקה שנייה"));
        assertThat(stored(id, "status")).isEqualTo("DRAFT");
        assertThat(stored(id, "body")).isEqualTo("<p>פסקה ראשונה<br />שורה שנייה</p>\n<p>פסקה שנייה</p>");
        var page = session.get("/newsroom/articles/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"צה&#34;ל, ביטחון\"").contains("פסקה ראשונה\nשורה שנייה\n\nפסקה שנייה");
        assertThat(http.get("/article/" + id).statusCode()).as("a draft is not public").isEqualTo(404);
    }

    @Test
    void pastedWordMarkupIsCleanedOnSave() {
        var session = Session.login(http, writer, PASSWORD);
        var form = form("הדבקה מוורד", "<p class=MsoNormal dir=RTL><span lang=HE style='font-family:David'>"
                + "טקסט <b>מודגש</b><o:p></o:p></span></p><script>alert(1)</script>");
        form.put("bodyFormat", "html");
        long id = create(session, form);
        assertThat(stored(id, "body")).isEqualTo("<p>טקסט <strong>מודגש</strong></p>");
    }

    @Test
    void refusedInputComesBackWholeWithAHebrewMessageBesideTheField() {
        var session = Session.login(http, writer, PASSWORD);
        var form = form("", "גוף שלא יאבד");
        form.remove("categoryId");
        var answer = session.post("/newsroom/articles", form);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"error-title\"").contains("חובה לתת כותרת")
                .contains("id=\"error-categoryId\"").contains("גוף שלא יאבד");
    }

    @Test
    void onlyEditorsPublishAndWritersTouchOnlyTheirOwnDrafts() {
        var mine = Session.login(http, writer, PASSWORD);
        long id = create(mine, form("רק עורכים מפרסמים", "גוף"));
        var publish = form("רק עורכים מפרסמים", "גוף");
        atCurrentVersion(publish, id, "publish");
        assertThat(mine.post("/newsroom/articles/" + id, publish).statusCode()).isEqualTo(403);
        assertThat(stored(id, "status")).isEqualTo("DRAFT");

        var other = Session.login(http, otherWriter, PASSWORD);
        var edit = form("נחטף", "גוף");
        edit.put("version", String.valueOf(version(id)));
        assertThat(other.post("/newsroom/articles/" + id, edit).statusCode()).isEqualTo(403);
        assertThat(stored(id, "title")).isEqualTo("רק עורכים מפרסמים");

        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        var answer = admin.post("/newsroom/articles/" + id, publish);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(stored(id, "status")).isEqualTo("PUBLISHED");
        assertThat(http.get("/article/" + id).statusCode()).isEqualTo(301);
    }

    @Test
    void aScheduleNeedsATimeAndTakesItInIsraelTime() {
        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        long id = create(admin, form("מתוזמנת", "גוף"));
        var schedule = form("מתוזמנת", "גוף");
        atCurrentVersion(schedule, id, "schedule");
        var refused = admin.post("/newsroom/articles/" + id, schedule);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("כדי לתזמן יש לבחור מועד פרסום");

        schedule.put("publishAt", "2030-07-01T09:30");
        assertThat(admin.post("/newsroom/articles/" + id, schedule).statusCode()).isEqualTo(302);
        assertThat(stored(id, "status")).isEqualTo("SCHEDULED");
        var at = jdbc.sql("SELECT published_at FROM article WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(at).isEqualTo(java.time.Instant.parse("2030-07-01T06:30:00Z"));
    }

    @Test
    void aStaleSaveShowsTheColleaguesVersionAndKeepsTheUsersText() {
        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        long id = create(admin, form("גרסה מקורית", "גוף"));
        int read = version(id);
        var colleague = form("הגרסה של העמית", "גוף העמית");
        colleague.put("version", String.valueOf(read));
        assertThat(admin.post("/newsroom/articles/" + id, colleague).statusCode()).isEqualTo(302);

        var mine = form("הגרסה שלי", "הגוף שלי");
        mine.put("version", String.valueOf(read));
        var answer = admin.post("/newsroom/articles/" + id, mine);
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("מישהו אחר שמר").contains("הגרסה של העמית").contains("גוף העמית")
                .contains("value=\"הגרסה שלי\"").contains("הגוף שלי");
        assertThat(stored(id, "title")).isEqualTo("הגרסה של העמית");
    }

    @Test
    void autosaveKeepsADraftAndSavingNothingNewChangesNothing() {
        var session = Session.login(http, writer, PASSWORD);
        long id = create(session, form("נשמרת לבד", "גוף"));
        int before = version(id);
        var auto = form("נשמרת לבד", "גוף שהתארך");
        auto.put("version", String.valueOf(before));
        var answer = session.post("/newsroom/articles/" + id + "/autosave", auto);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"version\":" + (before + 1));
        assertThat(stored(id, "body")).isEqualTo("<p>גוף שהתארך</p>");

        auto.put("version", String.valueOf(before + 1));
        assertThat(session.post("/newsroom/articles/" + id + "/autosave", auto).statusCode()).isEqualTo(200);
        assertThat(version(id)).as("an unchanged autosave is no save").isEqualTo(before + 1);

        auto.put("version", String.valueOf(before));
        auto.put("body", "עוד שינוי");
        assertThat(session.post("/newsroom/articles/" + id + "/autosave", auto).statusCode()).isEqualTo(409);
    }

    @Test
    void previewShowsAnyArticleOnThePublicPageToStaffOnly() {
        var session = Session.login(http, writer, PASSWORD);
        long id = create(session, form("תצוגה מקדימה לטיוטה", "גוף הטיוטה"));
        var preview = session.get("/newsroom/articles/" + id + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<h1>תצוגה מקדימה לטיוטה</h1>").contains("גוף הטיוטה")
                .contains("class=\"site-header\"");
        assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        var anonymous = http.get("/newsroom/articles/" + id + "/preview");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login");
    }

    @Test
    void newsroomPagesAreNeverSharedBetweenUsers() {
        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        var mine = Session.login(http, writer, PASSWORD);
        assertThat(admin.get("/newsroom").body()).contains(ADMIN_EMAIL);
        var page = mine.get("/newsroom");
        assertThat(page.body()).contains(writer).doesNotContain(ADMIN_EMAIL);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void aDraftGoesToReviewComesBackWithANoteAndIsPublishedOnceApproved() {
        var mine = Session.login(http, writer, PASSWORD);
        long id = create(mine, form("כתבה לבדיקת הצנזור", "גוף על צה״ל"));
        var submit = form("כתבה לבדיקת הצנזור", "גוף על צה״ל");
        atCurrentVersion(submit, id, "submit");
        assertThat(mine.post("/newsroom/articles/" + id, submit).statusCode()).isEqualTo(302);
        assertThat(stored(id, "status")).isEqualTo("IN_REVIEW");
        var edit = form("שינוי בזמן בדיקה", "גוף");
        edit.put("version", String.valueOf(version(id)));
        assertThat(mine.post("/newsroom/articles/" + id, edit).statusCode()).as("in review, not the writer's").isEqualTo(403);

        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        var back = form("כתבה לבדיקת הצנזור", "גוף על צה״ל");
        atCurrentVersion(back, id, "return");
        var refused = admin.post("/newsroom/articles/" + id, back);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-returnNote\"");
        back.put("returnNote", "חסר מקור לציטוט");
        assertThat(admin.post("/newsroom/articles/" + id, back).statusCode()).isEqualTo(302);
        assertThat(stored(id, "status")).isEqualTo("DRAFT");
        assertThat(mine.get("/newsroom/articles/" + id).body()).contains("חסר מקור לציטוט");

        long adminId = accounts.findByEmail(ADMIN_EMAIL).orElseThrow().id();
        reviews.grant(adminId, "CENSOR", new Actor(adminId, true, true));
        var needsCensor = form("כתבה לבדיקת הצנזור", "גוף על צה״ל");
        needsCensor.put("version", String.valueOf(version(id)));
        needsCensor.put("requiredReviews", "CENSOR");
        needsCensor.put("action", "publish");
        var missing = admin.post("/newsroom/articles/" + id, needsCensor);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("צנזורה צבאית").contains("value=\"approve:CENSOR\"");
        assertThat(stored(id, "status")).isEqualTo("DRAFT");

        atCurrentVersion(needsCensor, id, "approve:CENSOR");
        assertThat(admin.post("/newsroom/articles/" + id, needsCensor).statusCode()).isEqualTo(302);
        atCurrentVersion(needsCensor, id, "publish");
        assertThat(admin.post("/newsroom/articles/" + id, needsCensor).statusCode()).isEqualTo(302);
        assertThat(stored(id, "status")).isEqualTo("PUBLISHED");
        assertThat(admin.get("/newsroom/articles/" + id).body()).contains("אושר על ידי");
    }

    @Test
    void anEditorsCorrectionShowsUnderThePublishedArticleAtOnce() {
        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        long id = create(admin, form("כתבה שתתוקן", "גוף"));
        var publish = form("כתבה שתתוקן", "גוף");
        atCurrentVersion(publish, id, "publish");
        assertThat(admin.post("/newsroom/articles/" + id, publish).statusCode()).isEqualTo(302);
        String url = http.get("/article/" + id).headers().firstValue("Location").orElseThrow();
        assertThat(http.get(url).body()).doesNotContain("נכתב בטעות");

        assertThat(admin.post("/newsroom/articles/" + id + "/corrections", Map.of("text", "")).statusCode()).isEqualTo(422);
        assertThat(admin.post("/newsroom/articles/" + id + "/corrections",
                Map.of("text", "נכתב בטעות שהפגישה התקיימה בקרמלין")).statusCode()).isEqualTo(302);
        assertThat(http.get(url).body()).contains("נכתב בטעות שהפגישה התקיימה בקרמלין");

        var writerSession = Session.login(http, writer, PASSWORD);
        assertThat(writerSession.post("/newsroom/articles/" + id + "/corrections", Map.of("text", "לא שלי"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theDashboardShowsMyDraftsTheReviewQueueAndTheScheduleAndTheListFilters() {
        var mine = Session.login(http, writer, PASSWORD);
        long draft = create(mine, form("הטיוטה של הכתבת בלוח", "גוף"));
        long queued = create(mine, form("ממתינה בתור העריכה", "גוף"));
        var submit = form("ממתינה בתור העריכה", "גוף");
        atCurrentVersion(submit, queued, "submit");
        assertThat(mine.post("/newsroom/articles/" + queued, submit).statusCode()).isEqualTo(302);
        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        long scheduled = create(admin, form("תזמון בלוח הבקרה", "גוף"));
        var schedule = form("תזמון בלוח הבקרה", "גוף");
        atCurrentVersion(schedule, scheduled, "schedule");
        schedule.put("publishAt", "2030-02-03T10:15");
        assertThat(admin.post("/newsroom/articles/" + scheduled, schedule).statusCode()).isEqualTo(302);

        String writerBoard = section(mine.get("/newsroom").body(), "mine");
        assertThat(writerBoard).contains("הטיוטה של הכתבת בלוח").doesNotContain("תזמון בלוח הבקרה");
        String board = mine.get("/newsroom").body();
        assertThat(section(board, "review")).contains("ממתינה בתור העריכה");
        assertThat(section(board, "scheduled")).contains("תזמון בלוח הבקרה").contains("2030-02-03 10:15");

        var filtered = mine.get("/newsroom/articles?status=IN_REVIEW&q=" + enc("בתור העריכה"));
        assertThat(filtered.body()).contains("/newsroom/articles/" + queued + "\"")
                .doesNotContain("/newsroom/articles/" + draft + "\"");
        var own = admin.get("/newsroom/articles?mine=1").body();
        assertThat(own).contains("/newsroom/articles/" + scheduled + "\"").doesNotContain("/newsroom/articles/" + draft + "\"");
        assertThat(admin.get("/newsroom/articles?status=NONSENSE&category=x&page=-4").statusCode()).isEqualTo(200);
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"dashboard-" + id + "\"");
        assertThat(start).as("dashboard section " + id).isGreaterThanOrEqualTo(0);
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theFeaturedImageShowsOnThePageInPreviewsInJsonLdAndAsTheFeedEnclosure() throws Exception {
        var admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        var photo = new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "jpg", bytes);
        var upload = admin.multipart("/newsroom/media.json", Map.of("alt", "ראש הממשלה בקרמלין", "credit", "לע\"מ"),
                "kremlin.jpg", "image/jpeg", bytes.toByteArray(), Map.of("X-CSRF-TOKEN", admin.token()));
        assertThat(upload.statusCode()).as(upload.body()).isIn(200, 201);
        long imageId = Long.parseLong(upload.body().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));

        var form = form("כתבה עם תמונה ראשית", "גוף");
        form.put("featuredImageId", "999999");
        assertThat(admin.post("/newsroom/articles", form).body()).contains("id=\"error-featuredImageId\"");
        form.put("featuredImageId", String.valueOf(imageId));
        form.put("tags", "תמונה-ראשית-בדיקה");
        long id = create(admin, form);
        assertThat(admin.get("/newsroom/articles/" + id).body()).contains("<option value=\"" + imageId + "\" selected>");
        var publish = form("כתבה עם תמונה ראשית", "גוף");
        atCurrentVersion(publish, id, "publish");
        publish.put("featuredImageId", String.valueOf(imageId));
        publish.put("tags", "תמונה-ראשית-בדיקה");
        assertThat(admin.post("/newsroom/articles/" + id, publish).statusCode()).isEqualTo(302);

        String url = http.get("/article/" + id).headers().firstValue("Location").orElseThrow();
        var page = org.jsoup.Jsoup.parse(http.get(url).body());
        var img = page.selectFirst("figure.featured-image img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("ראש הממשלה בקרמלין");
        assertThat(img.attr("srcset")).contains("/media/").contains("640w");
        assertThat(page.selectFirst("figure.featured-image figcaption").text()).contains("לע\"מ");
        String ogImage = page.selectFirst("meta[property=og:image]").attr("content");
        assertThat(ogImage).startsWith("http").contains("/media/");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains(ogImage);

        var feed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(
                http.get("/tag/" + java.net.URLEncoder.encode("תמונה-ראשית-בדיקה", java.nio.charset.StandardCharsets.UTF_8)
                        + "/feed.xml").body()));
        var enclosure = feed.getEntries().get(0).getEnclosures().get(0);
        assertThat(enclosure.getUrl()).isEqualTo(ogImage);
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        assertThat(enclosure.getLength()).isPositive();
        assertThat(http.get(enclosure.getUrl().replaceFirst("^https?://[^/]+", "")).statusCode()).isEqualTo(200);
    }
}
