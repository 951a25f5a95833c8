package io.iton.history;

import static io.iton.history.HistoryTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.AppTest;
import io.iton.support.Session;
import io.iton.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** Revisions against the running application: one per save, whatever the channel, and none for a refused save. */
abstract class RevisionContract extends AppTest {

    /** The seed's words, but never the seed's own title: other contracts look the seed article up by it. */
    static final String TITLE = "ישראל מחזקת את קשריה עם רוסיה: סדרת פגישות במוסקבה מול טורקיה וחמאס";
    static final String SUBTITLE = "סדרת הפגישות של שליח נתניהו במוסקבה: כך ישראל מנסה להדק יחסים עם רוסיה";
    static final String BODY = "<h2>רקע והקשר הבין-לאומי</h2><p>בעקבות המשבר המתרקם בין נשיא ארצות הברית דונלד טראמפ"
            + " לבין נשיא אוקראינה וולודימיר זלנסקי, ישראל מנסה לחדד את יחסיה עם רוסיה.</p>"
            + "<h2>פעילות צה\"ל בדרום סוריה</h2><p>ביום לאחר מכן, צה\"ל תקף מטרות בדרום סוריה.</p>";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    RevisionBaseline baseline;

    HistoryTestData data;

    @BeforeEach
    void data() {
        data = new HistoryTestData(jdbc);
    }

    private String edit(long id, String title, String body) {
        return data.article(title, SUBTITLE, body, List.of("רוסיה", "ישראל"), data.version(id));
    }

    @Test
    void everySaveThroughTheApiMakesExactlyOneRevisionAndPublishingMakesNone() {
        long id = data.create(http, TITLE, SUBTITLE, BODY);
        assertThat(data.revisions(id)).isEqualTo(1);

        String changed = TITLE.replace("מחזקת", "מהדקת");
        HttpResponse<String> updated = http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, changed, BODY));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(data.revisions(id)).isEqualTo(2);

        assertThat(http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":1}").statusCode()).isEqualTo(200);
        assertThat(data.revisions(id)).isEqualTo(2);

        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, changed, BODY)).statusCode()).isEqualTo(200);
        assertThat(data.revisions(id)).as("saving what is stored saves nothing").isEqualTo(2);
        assertThat(data.auditActions(id)).containsExactly("article.created", "article.updated", "article.published");

        var rows = jdbc.sql("SELECT kind, article_version, changed_fields, saved_by, saved_by_name, title FROM article_revision"
                        + " WHERE article_id = :id ORDER BY article_version")
                .param("id", id).query().listOfRows();
        long admin = data.accountId(ADMIN_EMAIL);
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("CREATED", "UPDATED");
        assertThat(rows).extracting(r -> ((Number) r.get("article_version")).intValue()).containsExactly(0, 1);
        assertThat(rows).extracting(r -> r.get("changed_fields")).containsExactly("", "slug,title,tags");
        assertThat(rows).extracting(r -> ((Number) r.get("saved_by")).longValue()).containsOnly(admin);
        assertThat(rows.get(1).get("title")).isEqualTo(changed);
    }

    @Test
    void aRefusedSaveMakesNoRevision() {
        long id = data.create(http, TITLE, SUBTITLE, BODY);
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, "", BODY)).statusCode()).isEqualTo(400);
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id,
                data.article("גרסה ישנה", SUBTITLE, BODY, List.of(), 7)).statusCode()).isEqualTo(409);
        assertThat(http.asAdmin("POST", "/api/v1/articles", data.article("", SUBTITLE, BODY, List.of(), null))
                .statusCode()).isEqualTo(400);
        assertThat(data.revisions(id)).isEqualTo(1);
        assertThat(data.auditActions(id)).containsExactly("article.created");
    }

    @Test
    void theSnapshotKeepsTheWholeArticleAndTheApiListsRevisionsToStaffOnly() {
        long id = data.create(http, TITLE, SUBTITLE, BODY);
        http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, TITLE, BODY.replace("תקף", "הפציץ")));

        HttpResponse<String> list = http.getAsAdmin("/api/v1/articles/" + id + "/revisions?size=1");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode page = json(list);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("articleVersion").asInt()).isEqualTo(1);
        assertThat(newest.get("changedFields")).extracting(JsonNode::asString).containsExactly("body", "tags");
        assertThat(newest.get("savedByName").asString()).isNotBlank();

        JsonNode full = json(http.getAsAdmin("/api/v1/articles/" + id + "/revisions/" + newest.get("id").asLong()));
        assertThat(full.get("body").asString()).contains("הפציץ");
        assertThat(full.get("tags")).extracting(JsonNode::asString).containsExactly("רוסיה", "ישראל");
        JsonNode snapshot = full.get("snapshot");
        assertThat(snapshot.get("title").asString()).isEqualTo(TITLE);
        assertThat(snapshot.get("status").asString()).isEqualTo("DRAFT");
        assertThat(snapshot.get("tags")).extracting(JsonNode::asString).containsExactly("רוסיה", "ישראל");

        assertThat(http.get("/api/v1/articles/" + id + "/revisions").statusCode()).isEqualTo(401);
        String writer = Fixtures.unique("writer") + "@iton.test";
        accounts.create(writer, "כותבת", "writer-password-1", Role.WRITER);
        assertThat(http.as(writer, "writer-password-1", "GET", "/api/v1/articles/" + id + "/revisions", null)
                .statusCode()).isEqualTo(200);
        assertThat(http.getAsAdmin("/api/v1/articles/987654/revisions").statusCode()).isEqualTo(404);
        assertThat(http.getAsAdmin("/api/v1/articles/" + id + "/revisions/987654").statusCode()).isEqualTo(404);
    }

    private Session login(Role role) {
        String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
        accounts.create(email, "חשבון " + role.name(), "history-password-1", role);
        return Session.login(http, email, "history-password-1");
    }

    private long revisionId(long articleId, int version) {
        return jdbc.sql("SELECT id FROM article_revision WHERE article_id = :id AND article_version = :v")
                .param("id", articleId).param("v", version).query(Long.class).single();
    }

    private static org.jsoup.nodes.Document page(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return org.jsoup.Jsoup.parse(response.body());
    }

    private static String restoreForm(long articleId, long revisionId) {
        return "form[action=/newsroom/articles/" + articleId + "/revisions/" + revisionId + "/restore]";
    }

    @Test
    void theNewsroomComparesHebrewWordsAndARestoreIsANewRevisionThatThePublicPageShows() {
        long id = data.create(http, TITLE, SUBTITLE, BODY);
        assertThat(http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}").statusCode()).isEqualTo(200);
        String newTitle = TITLE.replace("מחזקת", "מהדקת");
        String newBody = BODY.replace("צה\"ל תקף", "צה\"ל הפציץ") + "<p>פסקה חדשה על המגעים עם הקרמלין.</p>";
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, newTitle, newBody)).statusCode()).isEqualTo(200);
        String publicPath = json(http.get("/api/v1/articles/" + id)).get("url").asString().replaceAll("^https?://[^/]+", "");
        assertThat(page(http.get(publicPath)).selectFirst("h1").text()).isEqualTo(newTitle);

        Session editor = login(Role.EDITOR);
        var list = page(editor.get("/newsroom/articles/" + id + "/revisions"));
        assertThat(list.select("tbody tr")).hasSize(2);
        assertThat(list.select("tbody tr").first().text()).contains("כותרת", "גוף הכתבה", "תגיות");
        assertThat(list.select("tbody tr").last().text()).contains("יצירת הכתבה");
        long first = revisionId(id, 0);
        long second = revisionId(id, 2);
        assertThat(list.select(restoreForm(id, first))).hasSize(1);
        assertThat(list.select(restoreForm(id, second))).as("the newest is what the article is").isEmpty();

        var compare = page(editor.get("/newsroom/articles/" + id + "/revisions/compare?from=" + first + "&to=" + second));
        assertThat(compare.select("#diff-title ~ p del").text()).isEqualTo("נמחק: מחזקת סוף השינוי");
        assertThat(compare.select("#diff-title ~ p ins").text()).isEqualTo("נוסף: מהדקת סוף השינוי");
        assertThat(compare.select(".history-body del").eachText()).containsExactly("נמחק: תקף סוף השינוי");
        assertThat(compare.select(".history-body ins").eachText())
                .containsExactly("נוסף: הפציץ סוף השינוי", "נוסף: פסקה חדשה על המגעים עם הקרמלין. סוף השינוי");
        assertThat(compare.select(".history-body p").first().text()).isEqualTo("רקע והקשר הבין-לאומי");
        assertThat(compare.select("#diff-subtitle ~ p ins, #diff-subtitle ~ p del")).isEmpty();
        assertThat(compare.select("#diff-others ~ .table-wrap tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("תגיות").contains("רוסיה, ישראל"));

        HttpResponse<String> restored = HistoryTestData.submit(editor, compare, restoreForm(id, first), java.util.Map.of());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);
        assertThat(restored.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/articles/" + id + "/revisions");
        var after = page(editor.get("/newsroom/articles/" + id + "/revisions"));
        assertThat(after.selectFirst(".notice.ok").text()).isEqualTo("גרסה 0 שוחזרה ונשמרה כגרסה 3.");
        assertThat(after.select("tbody tr").first().text()).contains("שחזור של גרסה 0");

        var again = page(editor.get("/newsroom/articles/" + id + "/revisions"));
        assertThat(HistoryTestData.submit(editor, again, restoreForm(id, first), java.util.Map.of()).statusCode()).isEqualTo(302);
        assertThat(page(editor.get("/newsroom/articles/" + id + "/revisions")).selectFirst(".notice.ok").text())
                .isEqualTo("לכתבה כבר יש התוכן של גרסה 0; לא נשמר דבר.");
        assertThat(again.selectFirst("a[href=/newsroom/articles/" + id + "]")).as("back to the editor").isNotNull();

        assertThat(data.revisions(id)).isEqualTo(3);
        var newest = jdbc.sql("SELECT kind, restored_from, title, body, saved_by FROM article_revision WHERE article_id = :id"
                + " AND article_version = 3").param("id", id).query().singleRow();
        assertThat(newest.get("kind")).isEqualTo("RESTORED");
        assertThat(((Number) newest.get("restored_from")).longValue()).isEqualTo(first);
        assertThat(newest.get("title")).isEqualTo(TITLE);
        var article = page(http.get(json(http.get("/api/v1/articles/" + id)).get("url").asString()
                .replaceAll("^https?://[^/]+", "")));
        assertThat(article.selectFirst("h1").text()).isEqualTo(TITLE);
        assertThat(article.text()).contains("צה\"ל תקף").doesNotContain("הפציץ", "פסקה חדשה על המגעים");
        assertThat(data.auditActions(id)).containsExactly("article.created", "article.published", "article.updated",
                "article.restored");
    }

    @Test
    void aRestoreOnAStaleVersionGetsTheConflictMessageAndChangesNothing() {
        long id = data.create(http, TITLE, SUBTITLE, BODY);
        http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, TITLE.replace("רוסיה", "מוסקבה"), BODY));
        Session editor = login(Role.EDITOR);
        var list = page(editor.get("/newsroom/articles/" + id + "/revisions"));
        String someoneElse = TITLE.replace("חמאס", "חיזבאללה");
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, someoneElse, BODY)).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = HistoryTestData.submit(editor, list, restoreForm(id, revisionId(id, 0)), java.util.Map.of());
        assertThat(stale.statusCode()).isEqualTo(409);
        var refused = org.jsoup.Jsoup.parse(stale.body());
        assertThat(refused.selectFirst(".notice.error").text()).contains("נשמרה בינתיים על ידי מישהו אחר");
        assertThat(data.revisions(id)).isEqualTo(3);
        assertThat(json(http.getAsAdmin("/api/v1/articles/" + id)).get("title").asString()).isEqualTo(someoneElse);
    }

    @Test
    void aWriterRestoresTheirOwnDraftButNotSomeoneElsesArticle() {
        String email = Fixtures.unique("writer") + "@iton.test";
        accounts.create(email, "כותבת", "history-password-1", Role.WRITER);
        HttpResponse<String> created = http.as(email, "history-password-1", "POST", "/api/v1/articles",
                data.article(TITLE, SUBTITLE, BODY, List.of(), null));
        long own = json(created).get("id").asLong();
        http.as(email, "history-password-1", "PUT", "/api/v1/articles/" + own, edit(own, "כותרת אחרת", BODY));
        long others = data.create(http, TITLE, SUBTITLE, BODY);
        http.asAdmin("PUT", "/api/v1/articles/" + others, edit(others, "כותרת של העורכת", BODY));

        Session writer = Session.login(http, email, "history-password-1");
        var othersList = page(writer.get("/newsroom/articles/" + others + "/revisions"));
        assertThat(othersList.select("form.history-restore")).isEmpty();

        var ownList = page(writer.get("/newsroom/articles/" + own + "/revisions"));
        var form = ownList.selectFirst(restoreForm(own, revisionId(own, 0)));
        form.attr("action", "/newsroom/articles/" + others + "/revisions/" + revisionId(others, 0) + "/restore");
        form.select("input[name=version]").attr("value", "1");
        assertThat(HistoryTestData.submit(writer, ownList, "form.history-restore", java.util.Map.of()).statusCode()).isEqualTo(403);
        assertThat(data.revisions(others)).isEqualTo(2);

        var fresh = page(writer.get("/newsroom/articles/" + own + "/revisions"));
        assertThat(HistoryTestData.submit(writer, fresh, restoreForm(own, revisionId(own, 0)), java.util.Map.of()).statusCode()).isEqualTo(302);
        assertThat(json(http.getAsAdmin("/api/v1/articles/" + own)).get("title").asString()).isEqualTo(TITLE);
        assertThat(data.revisions(own)).isEqualTo(3);
    }

    @Test
    void revisionsOfAnotherArticleOrNoneAreNotFoundAndBadAddressesAreRefused() {
        long id = data.create(http, TITLE, SUBTITLE, BODY);
        long other = data.create(http, TITLE, SUBTITLE, BODY);
        Session editor = login(Role.EDITOR);
        long foreign = revisionId(other, 0);
        assertThat(editor.get("/newsroom/articles/" + id + "/revisions/compare?from=" + foreign + "&to=" + revisionId(id, 0))
                .statusCode()).isEqualTo(404);
        assertThat(editor.get("/newsroom/articles/987654/revisions").statusCode()).isEqualTo(404);
        assertThat(editor.get("/newsroom/articles/" + id + "/revisions?page=abc").statusCode()).isEqualTo(400);
        assertThat(editor.get("/newsroom/articles/" + id + "/revisions/compare?from=x&to=1").statusCode()).isEqualTo(400);
        assertThat(editor.get("/newsroom/articles/" + id + "/revisions/compare").statusCode()).isEqualTo(400);
        HttpResponse<String> anonymous = http.get("/newsroom/articles/" + id + "/revisions");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");
    }

    @Test
    void anArticleSavedBeforeRevisionsWereKeptGetsOneBaselineOnTheNextStart() throws Exception {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO article (slug, title, subtitle, body, author_id, category_id, status, created_at,
                                             sponsored, version)
                        VALUES ('old', 'כתבה מלפני הגרסאות', '', '<p>ישן</p>', :author, :category, 'DRAFT',
                                CURRENT_TIMESTAMP, FALSE, 4)""")
                .param("author", io.iton.support.DemoData.authorId(jdbc, "desk"))
                .param("category", io.iton.support.DemoData.categoryId(jdbc, "security")).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        assertThat(data.revisions(id)).isZero();

        baseline.run(null);
        baseline.run(null);
        var row = jdbc.sql("SELECT kind, article_version, title, saved_by FROM article_revision WHERE article_id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("kind")).isEqualTo("BASELINE");
        assertThat(((Number) row.get("article_version")).intValue()).isEqualTo(4);
        assertThat(row.get("title")).isEqualTo("כתבה מלפני הגרסאות");
        assertThat(row.get("saved_by")).isNull();

        http.asAdmin("PUT", "/api/v1/articles/" + id, edit(id, "כתבה מלפני הגרסאות, ערוכה", "<p>ישן</p>"));
        assertThat(jdbc.sql("SELECT changed_fields FROM article_revision WHERE article_id = :id AND kind = 'UPDATED'")
                .param("id", id).query(String.class).single()).contains("title");
    }
}
