package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.support.AppTest;
import io.iton.support.Session;

/**
 * Every role against every newsroom and API action, from one table: who may, who may not. Each
 * row runs on fresh articles for each role, so one role's success never decides another's outcome.
 * A refused action must answer 403 (anonymous: the login page, or 401 in the API) and an allowed
 * one must not. Run on H2 and on PostgreSQL.
 */
abstract class RoleMatrixContract extends AppTest {

    private static final String PASSWORD = "סיסמה-לבדיקת-הרשאות";

    enum Who { ANONYMOUS, WRITER, EDITOR, ADMIN, SALES }

    /** The articles a row acts on, made anew for each role. */
    record Fixture(Article ownDraft, Article editorsDraft, Article inReview, Article published) {
    }

    /** One action: how to call it as someone, and who may. */
    record Action(String name, Function<Call, HttpResponse<String>> call, List<Who> allowed) {
    }

    /** What a row needs to make its request: the caller's session and API credentials, and the articles. */
    record Call(Session session, String email, Fixture f, RoleMatrixContract test) {

        HttpResponse<String> api(String method, String path, String json) {
            return email == null ? test.http.anonymous(method, path, json)
                    : test.http.as(email, test.passwordOf(email), method, path, json);
        }
    }

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleEditor editor;

    private static final List<Who> STAFF = List.of(Who.WRITER, Who.EDITOR, Who.ADMIN);
    private static final List<Who> EDITORS = List.of(Who.EDITOR, Who.ADMIN);
    private static final List<Who> ADMINS = List.of(Who.ADMIN);
    /** The advertising desk: its own pages; of the articles only what a signed-in API reader sees. */
    private static final List<Who> DESK = List.of(Who.SALES, Who.ADMIN);
    private static final List<Who> EVERYONE = List.of(Who.WRITER, Who.EDITOR, Who.ADMIN, Who.SALES);

    private static Map<String, String> articleForm(Article a, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", a.title() + " – נערך");
        form.put("subtitle", "");
        form.put("body", "גוף שנערך");
        form.put("bodyFormat", "text");
        form.put("categoryId", String.valueOf(a.categoryId()));
        form.put("authorId", String.valueOf(a.authorId()));
        form.put("version", String.valueOf(a.version()));
        form.put("action", action);
        return form;
    }

    private static String json(Article a) {
        return "{\"version\":" + a.version() + "}";
    }

    private static List<Action> actions() {
        List<Action> rows = new ArrayList<>();
        for (String path : List.of("/newsroom", "/newsroom/account")) {
            rows.add(new Action("GET " + path, c -> c.session().get(path), EVERYONE));
        }
        for (String path : List.of("/newsroom/leads", "/newsroom/outbox")) {
            rows.add(new Action("GET " + path, c -> c.session().get(path), DESK));
        }
        for (String path : List.of("/newsroom/articles", "/newsroom/articles/new",
                "/newsroom/tags.json?q=%D7%90", "/newsroom/media", "/newsroom/media/new", "/newsroom/media.json")) {
            rows.add(new Action("GET " + path, c -> c.session().get(path), STAFF));
        }
        rows.add(new Action("GET own draft", c -> c.session().get("/newsroom/articles/" + c.f().ownDraft().id()), STAFF));
        rows.add(new Action("GET preview", c -> c.session().get("/newsroom/articles/" + c.f().editorsDraft().id() + "/preview"), STAFF));
        rows.add(new Action("GET revisions", c -> c.session().get("/newsroom/articles/" + c.f().ownDraft().id() + "/revisions"), STAFF));
        for (String path : List.of("/newsroom/categories", "/newsroom/tags")) {
            rows.add(new Action("GET " + path, c -> c.session().get(path), EDITORS));
        }
        for (String path : List.of("/newsroom/users", "/newsroom/users/new", "/newsroom/audit", "/newsroom/reviews")) {
            rows.add(new Action("GET " + path, c -> c.session().get(path), ADMINS));
        }
        rows.add(new Action("create article", c -> {
            var form = articleForm(c.f().ownDraft(), "save");
            form.remove("version");
            return c.session().post("/newsroom/articles", form);
        }, STAFF));
        rows.add(new Action("save own draft", c -> c.session().post("/newsroom/articles/" + c.f().ownDraft().id(),
                articleForm(c.f().ownDraft(), "save")), STAFF));
        rows.add(new Action("save someone else's draft", c -> c.session().post(
                "/newsroom/articles/" + c.f().editorsDraft().id(), articleForm(c.f().editorsDraft(), "save")), EDITORS));
        rows.add(new Action("submit own draft", c -> c.session().post("/newsroom/articles/" + c.f().ownDraft().id(),
                articleForm(c.f().ownDraft(), "submit")), STAFF));
        rows.add(new Action("publish own draft", c -> c.session().post("/newsroom/articles/" + c.f().ownDraft().id(),
                articleForm(c.f().ownDraft(), "publish")), EDITORS));
        rows.add(new Action("schedule own draft", c -> {
            var form = articleForm(c.f().ownDraft(), "schedule");
            form.put("publishAt", "2031-01-01T08:00");
            return c.session().post("/newsroom/articles/" + c.f().ownDraft().id(), form);
        }, EDITORS));
        rows.add(new Action("return from review", c -> {
            var form = articleForm(c.f().inReview(), "return");
            form.put("returnNote", "חסר מקור");
            return c.session().post("/newsroom/articles/" + c.f().inReview().id(), form);
        }, EDITORS));
        rows.add(new Action("unpublish", c -> c.session().post("/newsroom/articles/" + c.f().published().id(),
                articleForm(c.f().published(), "unpublish")), EDITORS));
        rows.add(new Action("add a correction", c -> c.session().post(
                "/newsroom/articles/" + c.f().published().id() + "/corrections", Map.of("text", "תיקון")), EDITORS));
        rows.add(new Action("create category", c -> c.session().post("/newsroom/categories",
                Map.of("name", "קטגוריה " + UUID.randomUUID().toString().substring(0, 8), "slug", "",
                        "description", "", "menuOrder", "0")), EDITORS));
        rows.add(new Action("create user", c -> c.session().post("/newsroom/users",
                Map.of("displayName", "משתמש", "email", "u-" + UUID.randomUUID() + "@iton.test", "role", "WRITER",
                        "password", "סיסמה-ארוכה-מספיק-1")), ADMINS));

        rows.add(new Action("API all articles", c -> c.api("GET", "/api/v1/articles?scope=all", null), EVERYONE));
        rows.add(new Action("API create article", c -> c.api("POST", "/api/v1/articles",
                "{\"title\":\"מה-API\",\"body\":\"<p>גוף</p>\",\"authorId\":1,\"categoryId\":1}"), STAFF));
        rows.add(new Action("API edit own draft", c -> c.api("PUT", "/api/v1/articles/" + c.f().ownDraft().id(),
                "{\"version\":" + c.f().ownDraft().version() + ",\"title\":\"נערך\",\"body\":\"<p>גוף</p>\","
                        + "\"authorId\":1,\"categoryId\":1}"), STAFF));
        rows.add(new Action("API edit someone else's draft", c -> c.api("PUT",
                "/api/v1/articles/" + c.f().editorsDraft().id(), "{\"version\":" + c.f().editorsDraft().version()
                        + ",\"title\":\"נערך\",\"body\":\"<p>גוף</p>\",\"authorId\":1,\"categoryId\":1}"), EDITORS));
        rows.add(new Action("API submit", c -> c.api("POST", "/api/v1/articles/" + c.f().ownDraft().id() + "/submit",
                json(c.f().ownDraft())), STAFF));
        rows.add(new Action("API publish", c -> c.api("POST", "/api/v1/articles/" + c.f().ownDraft().id() + "/publish",
                json(c.f().ownDraft())), EDITORS));
        rows.add(new Action("API unpublish", c -> c.api("POST", "/api/v1/articles/" + c.f().published().id()
                + "/unpublish", json(c.f().published())), EDITORS));
        rows.add(new Action("API correction", c -> c.api("POST", "/api/v1/articles/" + c.f().published().id()
                + "/corrections", "{\"text\":\"תיקון\"}"), EDITORS));
        rows.add(new Action("API revisions", c -> c.api("GET", "/api/v1/articles/" + c.f().ownDraft().id()
                + "/revisions", null), STAFF));
        rows.add(new Action("API create category", c -> c.api("POST", "/api/v1/categories",
                "{\"name\":\"ק-" + UUID.randomUUID().toString().substring(0, 8) + "\"}"), EDITORS));
        rows.add(new Action("API audit log", c -> c.api("GET", "/api/v1/audit", null), ADMINS));
        rows.add(new Action("API search status", c -> c.api("GET", "/api/v1/search/status", null), ADMINS));
        return rows;
    }

    @Test
    void everyRoleMayDoExactlyWhatItsRowSays() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<Who, String> emails = new LinkedHashMap<>();
        Map<Who, Long> ids = new LinkedHashMap<>();
        for (Who who : List.of(Who.WRITER, Who.EDITOR, Who.SALES)) {
            String email = who.name().toLowerCase() + "-" + suffix + "@iton.test";
            ids.put(who, accounts.create(email, who.name(), PASSWORD, Role.valueOf(who.name())).id());
            emails.put(who, email);
        }
        // the bootstrap administrator: other contracts count on there being exactly one
        emails.put(Who.ADMIN, ADMIN_EMAIL);
        Actor writer = new Actor(ids.get(Who.WRITER), false, false);
        Actor editorActor = new Actor(ids.get(Who.EDITOR), true, false);

        List<String> wrong = new ArrayList<>();
        for (Action action : actions()) {
            for (Who who : Who.values()) {
                Fixture fixture = fixture(writer, editorActor);
                Session session = who == Who.ANONYMOUS ? Session.anonymous(http)
                        : Session.login(http, emails.get(who), passwordOf(emails.get(who)));
                var answer = action.call().apply(new Call(session, emails.get(who), fixture, this));
                boolean allowed = action.allowed().contains(who);
                String outcome = allowed ? allowedProblem(answer) : refusedProblem(answer, who);
                if (outcome != null) {
                    wrong.add(action.name() + " as " + who + ": " + outcome);
                }
            }
        }
        assertThat(wrong).as("role × action").isEmpty();
    }

    String passwordOf(String email) {
        return ADMIN_EMAIL.equals(email) ? ADMIN_PASSWORD : PASSWORD;
    }

    private Fixture fixture(Actor writer, Actor editorActor) {
        Article own = editor.create(draft("טיוטה של הכתבת"), writer);
        Article others = editor.create(draft("טיוטה של העורך"), editorActor);
        Article review = editor.create(draft("בתור העריכה"), writer);
        review = editor.submit(review.id(), review.version(), writer);
        Article published = editor.create(draft("כתבה שפורסמה"), editorActor);
        published = editor.publish(published.id(), published.version(), null, editorActor);
        return new Fixture(own, others, review, published);
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(title + " " + UUID.randomUUID().toString().substring(0, 6), "", "<p>גוף</p>", "",
                1L, 1L, List.of(), null, null);
    }

    private static String allowedProblem(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() >= 400 || location.contains("/newsroom/login")) {
            return "expected to be allowed, got " + answer.statusCode() + " " + location;
        }
        return null;
    }

    private static String refusedProblem(HttpResponse<String> answer, Who who) {
        String location = answer.headers().firstValue("Location").orElse("");
        boolean api = answer.request().uri().getPath().startsWith("/api/");
        boolean refused = who == Who.ANONYMOUS
                ? (api ? answer.statusCode() == 401 : answer.statusCode() == 302 && location.contains("/newsroom/login"))
                : answer.statusCode() == 403;
        return refused ? null : "expected to be refused, got " + answer.statusCode() + " " + location;
    }
}
