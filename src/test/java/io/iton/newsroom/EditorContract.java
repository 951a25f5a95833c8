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
        publish.put("version", String.valueOf(version(id)));
        publish.put("action", "publish");
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
        schedule.put("version", String.valueOf(version(id)));
        schedule.put("action", "schedule");
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
}
