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
import io.iton.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** Revisions against the running application: one per save, whatever the channel, and none for a refused save. */
abstract class RevisionContract extends AppTest {

    static final String TITLE = "ישראל מחזקת את קשריה עם רוסיה: פגישות במוסקבה במטרה לדחוק את טורקיה וללחוץ על חמאס";
    static final String SUBTITLE = "סדרת הפגישות של שליח נתניהו במוסקבה: כך ישראל מנסה להדק יחסים עם רוסיה";
    static final String BODY = "<h2>רקע והקשר הבין-לאומי</h2><p>בעקבות המשבר המתרקם בין נשיא ארצות הברית דונלד טראמפ"
            + " לבין נשיא אוקראינה וולודימיר זלנסקי, ישראל מנסה לחדד את יחסיה עם רוסיה.</p>"
            + "<h2>פעילות צה\"ל בדרום סוריה</h2><p>ביום לאחר מכן, צה\"ל תקף מטרות בדרום סוריה.</p>";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

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
        assertThat(data.revisions(id)).as("a save without a change is still a save").isEqualTo(3);

        var rows = jdbc.sql("SELECT kind, article_version, changed_fields, saved_by, saved_by_name, title FROM article_revision"
                        + " WHERE article_id = :id ORDER BY article_version")
                .param("id", id).query().listOfRows();
        long admin = data.accountId(ADMIN_EMAIL);
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("CREATED", "UPDATED", "UPDATED");
        assertThat(rows).extracting(r -> ((Number) r.get("article_version")).intValue()).containsExactly(0, 1, 3);
        assertThat(rows).extracting(r -> r.get("changed_fields")).containsExactly("", "slug,title,tags", "");
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
}
