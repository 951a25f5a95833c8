package io.iton.history;

import static io.iton.history.HistoryTestData.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.shared.Forbidden;
import io.iton.support.AppTest;
import io.iton.support.Session;
import io.iton.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** The audit log against the running application: one entry per action, filters, and administrators only. */
abstract class AuditContract extends AppTest {

    private static final String PASSWORD = "audit-password-1";
    private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog auditLog;

    HistoryTestData data;

    @BeforeEach
    void data() {
        data = new HistoryTestData(jdbc);
    }

    private String account(Role role, String name) {
        String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
        accounts.create(email, name, PASSWORD, role);
        return email;
    }

    private static Document page(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Jsoup.parse(response.body());
    }

    @Test
    void everyArticleActionIsOneEntryNamingWhoDidItAndTheTitleThen() {
        String name = "עורכת " + Fixtures.unique("");
        String editor = account(Role.EDITOR, name);
        long editorId = data.accountId(editor);
        HttpResponse<String> created = http.as(editor, PASSWORD, "POST", "/api/v1/articles",
                data.article("פגישות במוסקבה", "", "<p>בעקבות המשבר</p>", List.of(), null));
        long id = json(created).get("id").asLong();
        http.as(editor, PASSWORD, "PUT", "/api/v1/articles/" + id,
                data.article("פגישות במוסקבה ובאנקרה", "", "<p>בעקבות המשבר</p>", List.of(), 0));
        http.as(editor, PASSWORD, "POST", "/api/v1/articles/" + id + "/publish", "{\"version\":1}");
        http.as(editor, PASSWORD, "POST", "/api/v1/articles/" + id + "/unpublish", "{\"version\":2}");

        var rows = jdbc.sql("SELECT action, actor_id, actor_name, subject_label FROM audit_entry WHERE subject_kind = 'article'"
                + " AND subject_id = :id ORDER BY id").param("id", id).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("action"))
                .containsExactly("article.created", "article.updated", "article.published", "article.unpublished");
        assertThat(rows).extracting(r -> ((Number) r.get("actor_id")).longValue()).containsOnly(editorId);
        assertThat(rows).extracting(r -> r.get("actor_name")).containsOnly(name);
        assertThat(rows).extracting(r -> r.get("subject_label")).containsExactly("פגישות במוסקבה",
                "פגישות במוסקבה ובאנקרה", "פגישות במוסקבה ובאנקרה", "פגישות במוסקבה ובאנקרה");

        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        Document log = page(admin.get("/newsroom/audit?article=" + id), 200);
        assertThat(log.select("tbody tr")).hasSize(4);
        assertThat(log.select("tbody tr").first().text()).contains(name, "הסרת כתבה מפרסום", "פגישות במוסקבה ובאנקרה",
                "מצב", "הוסרה מפרסום");
        assertThat(log.select("tbody tr").last().text()).contains("יצירת כתבה", "פגישות במוסקבה");
        assertThat(log.selectFirst("tbody tr a[href=/newsroom/articles/" + id + "/revisions]")).isNotNull();
        assertThat(log.select("#audit-article").attr("value")).isEqualTo(String.valueOf(id));

        Document filtered = page(admin.get("/newsroom/audit?user=" + editorId + "&action=article.updated&article=" + id), 200);
        assertThat(filtered.select("tbody tr")).hasSize(1);
        assertThat(filtered.select("#audit-user option[selected]").text()).isEqualTo(name);

        JsonNode api = json(http.getAsAdmin("/api/v1/audit?article=" + id + "&size=2"));
        assertThat(api.get("total").asLong()).isEqualTo(4);
        assertThat(api.get("totalPages").asInt()).isEqualTo(2);
        JsonNode newest = api.get("items").get(0);
        assertThat(newest.get("action").asString()).isEqualTo("article.unpublished");
        assertThat(newest.get("actorId").asLong()).isEqualTo(editorId);
        assertThat(newest.get("details").get("status").asString()).isEqualTo("UNPUBLISHED");
        assertThat(newest.get("details").get("version").asString()).isEqualTo("3");

        String today = LocalDate.now(ISRAEL).toString();
        String yesterday = LocalDate.now(ISRAEL).minusDays(1).toString();
        assertThat(json(http.getAsAdmin("/api/v1/audit?article=" + id + "&from=" + today + "&to=" + today))
                .get("total").asLong()).isEqualTo(4);
        assertThat(json(http.getAsAdmin("/api/v1/audit?article=" + id + "&to=" + yesterday)).get("total").asLong()).isZero();
        assertThat(page(admin.get("/newsroom/audit?article=" + id + "&from=" + LocalDate.now(ISRAEL).plusDays(1)), 200)
                .select("tbody tr")).isEmpty();
    }

    @Test
    void writersAndEditorsAreRefusedTheAuditLogOnThePageAndInTheApi() {
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            String email = account(role, "לא מנהל");
            Session session = Session.login(http, email, PASSWORD);
            HttpResponse<String> refused = session.get("/newsroom/audit");
            assertThat(refused.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("history-table");
            HttpResponse<String> api = http.as(email, PASSWORD, "GET", "/api/v1/audit", null);
            assertThat(api.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(page(session.get("/newsroom/articles/" + data.create(http, "כתבה", "", "<p>x</p>") + "/revisions"), 200)
                    .select("nav a[href=/newsroom/audit]")).isEmpty();
        }
        assertThat(http.get("/api/v1/audit").statusCode()).isEqualTo(401);
        assertThat(http.get("/newsroom/audit").statusCode()).isEqualTo(302);
        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page(admin.get("/newsroom/audit"), 200).select("nav a[href=/newsroom/audit]")).hasSize(1);
    }

    @Test
    void aBadFilterIsRefusedBesideItsFieldWithTheInputKept() {
        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        Document bad = page(admin.get("/newsroom/audit?article=%D7%90%D7%91&from=2025-13-01&to=2025-03-01"), 400);
        assertThat(bad.selectFirst("#audit-article-error").text()).isEqualTo("מספר כתבה הוא מספר שלם חיובי, למשל 42.");
        assertThat(bad.select("#audit-article").attr("value")).isEqualTo("אב");
        assertThat(bad.select("#audit-article").attr("aria-invalid")).isEqualTo("true");
        assertThat(bad.selectFirst("#audit-from-error").text()).contains("תאריך לא תקין");
        assertThat(bad.select("#audit-to-error")).isEmpty();
        assertThat(bad.select("tbody tr")).isEmpty();

        Document backwards = page(admin.get("/newsroom/audit?from=2025-03-02&to=2025-03-01"), 400);
        assertThat(backwards.selectFirst("#audit-to-error").text()).isEqualTo("תאריך הסיום מוקדם מתאריך ההתחלה.");
        assertThat(backwards.select("#audit-from").attr("value")).isEqualTo("2025-03-02");
        assertThat(page(admin.get("/newsroom/audit?page=0"), 400).selectFirst(".notice.error")).isNotNull();

        HttpResponse<String> api = http.getAsAdmin("/api/v1/audit?from=yesterday&user=-3");
        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode errors = json(api).get("errors");
        assertThat(errors.get("from").asString()).contains("תאריך לא תקין");
        assertThat(errors.get("user").asString()).isNotBlank();
    }

    @Test
    void otherFeaturesRecordTheirOwnActionsWithTheirDetails() {
        long admin = data.accountId(ADMIN_EMAIL);
        String action = "category.merged" + Fixtures.unique("").replace("-", "");
        auditLog.record(AuditRecord.of(action, admin).about("category", 5L, "ביטחון").with("into", "מדיני")
                .with("articles", 12).with("ignored", null));
        auditLog.record(AuditRecord.of(action, null));

        JsonNode entries = json(http.getAsAdmin("/api/v1/audit?action=" + action)).get("items");
        assertThat(entries).hasSize(2);
        JsonNode merged = entries.get(1);
        assertThat(merged.get("subjectKind").asString()).isEqualTo("category");
        assertThat(merged.get("subjectLabel").asString()).isEqualTo("ביטחון");
        assertThat(merged.get("details").propertyNames()).containsExactly("into", "articles");
        assertThat(merged.get("actorName").asString()).isNotBlank();
        assertThat(entries.get(0).get("actorId").isNull()).isTrue();

        Session session = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        Document log = page(session.get("/newsroom/audit?action=" + action), 200);
        assertThat(log.select("tbody tr").first().text()).contains("המערכת", action);
        assertThat(log.select("tbody tr").last().text()).contains("ביטחון", "into", "מדיני");
        assertThat(log.select("#audit-action option").eachAttr("value")).contains(action);
    }

    @Test
    void theServiceRefusesAnyoneButAnAdministratorWhateverTheChannel() {
        var page = io.iton.shared.PageRequest.first(5);
        try {
            for (String role : List.of("ROLE_EDITOR", "ROLE_WRITER")) {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("someone", null, AuthorityUtils.createAuthorityList(role)));
                assertThatThrownBy(() -> auditLog.entries(AuditQuery.ALL, page)).as(role).isInstanceOf(Forbidden.class);
                assertThatThrownBy(auditLog::actors).isInstanceOf(Forbidden.class);
            }
            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> auditLog.entries(AuditQuery.ALL, page)).isInstanceOf(Forbidden.class);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    ADMIN_EMAIL, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            assertThat(auditLog.entries(AuditQuery.ALL, page).total()).isPositive();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
