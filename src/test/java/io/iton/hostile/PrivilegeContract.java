package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.support.Fixtures;
import io.iton.support.Session;

/**
 * Privilege escalation between roles, through the newsroom and the API, beyond what each role's
 * pages are ({@code RoleMatrixContract}): a writer at another writer's draft, autosave, revision,
 * image; anyone at their own role or another's account; the sales desk at the articles and the
 * editors at the sales desk, the review grants, the backup and the import; fields a form or JSON
 * body was never meant to carry ({@code role}, {@code status}). Every attempt is refused with 403
 * and no row of any table changes; the extra fields change nothing they name.
 */
abstract class PrivilegeContract extends HostileTestBase {

    @Autowired
    ArticleEditor editor;

    record Attempt(String name, Supplier<HttpResponse<?>> call) {
    }

    @Test
    void noRoleReachesWhatIsNotItsOwn() throws Exception {
        UserAccount writerA = user(Role.WRITER);
        UserAccount writerB = user(Role.WRITER);
        UserAccount editorE = user(Role.EDITOR);
        UserAccount sales = user(Role.SALES);
        Actor b = new Actor(writerB.id(), false, false);
        Article ownDraft = editor.create(draft("טיוטה של א"), new Actor(writerA.id(), false, false));
        Article first = editor.create(draft("טיוטה של ב"), b);
        Article othersDraft = editor.update(first.id(), first.version(), draft("טיוטה של ב, שנייה"), b);
        long firstRevision = jdbc.sql("SELECT MIN(id) FROM article_revision WHERE article_id = :id")
                .param("id", othersDraft.id()).query(Long.class).single();
        Session a = login(writerA);
        Session bSession = login(writerB);
        var upload = bSession.multipart("/newsroom/media", Map.of("_csrf", bSession.token(), "alt", "של ב"), "b.jpg",
                "image/jpeg", HostileContent.jpeg(), Map.of());
        String othersImage = path(upload).replaceAll("\\?.*", "");
        Session e = login(editorE);
        Session s = login(sales);
        long adminId = accounts.findByEmail(ADMIN_EMAIL).orElseThrow().id();
        String othersPath = "/newsroom/articles/" + othersDraft.id();
        int othersVersion = othersDraft.version();

        List<Attempt> attempts = new ArrayList<>();
        for (var who : List.of(Map.entry("writer", a), Map.entry("editor", e), Map.entry("sales", s))) {
            Session session = who.getValue();
            long self = who.getKey().equals("writer") ? writerA.id() : who.getKey().equals("editor") ? editorE.id() : sales.id();
            attempts.add(new Attempt(who.getKey() + " makes self ADMIN",
                    () -> session.post("/newsroom/users/" + self + "/role", Map.of("role", "ADMIN"))));
            attempts.add(new Attempt(who.getKey() + " disables the administrator",
                    () -> session.post("/newsroom/users/" + adminId + "/enabled", Map.of("enabled", "false"))));
            attempts.add(new Attempt(who.getKey() + " creates an administrator", () -> session.post("/newsroom/users",
                    Map.of("displayName", "x", "email", Fixtures.unique("x") + "@iton.test", "role", "ADMIN",
                            "password", "סיסמה-ארוכה-מספיק-1"))));
            attempts.add(new Attempt(who.getKey() + " grants reviews",
                    () -> session.post("/newsroom/reviews/grants", Map.of("email", ADMIN_EMAIL, "kind", "LEGAL"))));
            attempts.add(new Attempt(who.getKey() + " exports a backup",
                    () -> session.postForBytes("/newsroom/backup/export", Map.of())));
            attempts.add(new Attempt(who.getKey() + " anonymizes old leads",
                    () -> session.post("/newsroom/leads/anonymize", Map.of())));
            attempts.add(new Attempt(who.getKey() + " edits the rate card", () -> session.post("/newsroom/rate-card",
                    Map.of("name", "מוצר", "unit", "DAY", "price", "1", "vat", "18"))));
        }
        attempts.add(new Attempt("writer saves another writer's draft", () -> a.post(othersPath,
                form(othersDraft, othersVersion, "save"))));
        attempts.add(new Attempt("writer autosaves another writer's draft", () -> a.post(othersPath + "/autosave",
                form(othersDraft, othersVersion, "save"))));
        attempts.add(new Attempt("writer restores another writer's revision", () -> a.post(othersPath + "/revisions/"
                + firstRevision + "/restore", Map.of("version", String.valueOf(othersVersion)))));
        attempts.add(new Attempt("writer edits another writer's image", () -> a.post(othersImage, Map.of("alt", "שלי"))));
        attempts.add(new Attempt("writer deletes another writer's image", () -> a.post(othersImage + "/delete", Map.of())));
        attempts.add(new Attempt("writer publishes own draft", () -> a.post("/newsroom/articles/" + ownDraft.id(),
                form(ownDraft, ownDraft.version(), "publish"))));
        attempts.add(new Attempt("writer creates a category", () -> a.post("/newsroom/categories",
                Map.of("name", Fixtures.unique("ק"), "slug", "", "description", "", "menuOrder", "0"))));
        attempts.add(new Attempt("writer imports WordPress", () -> a.multipart("/newsroom/import", Map.of("_csrf", a.token()),
                "x.xml", "text/xml", "<?xml version=\"1.0\"?><rss/>".getBytes(), Map.of())));
        attempts.add(new Attempt("editor reads the leads", () -> e.get("/newsroom/leads")));
        attempts.add(new Attempt("sales creates an article", () -> s.post("/newsroom/articles",
                form(ownDraft, 0, "save"))));
        attempts.add(new Attempt("sales uploads an image", () -> s.multipart("/newsroom/media", Map.of("_csrf", s.token(),
                "alt", "x"), "s.jpg", "image/jpeg", new byte[] {1}, Map.of())));
        String body = "{\"version\":" + othersVersion + ",\"title\":\"נלקח\",\"body\":\"<p>x</p>\",\"authorId\":1,\"categoryId\":1}";
        attempts.add(new Attempt("API: writer edits another writer's draft", () -> http.as(writerA.email(), PASSWORD,
                "PUT", "/api/v1/articles/" + othersDraft.id(), body)));
        attempts.add(new Attempt("API: writer publishes", () -> http.as(writerA.email(), PASSWORD, "POST",
                "/api/v1/articles/" + ownDraft.id() + "/publish", "{\"version\":" + ownDraft.version() + "}")));
        attempts.add(new Attempt("API: writer approves a review", () -> http.as(writerA.email(), PASSWORD, "POST",
                "/api/v1/articles/" + ownDraft.id() + "/approve", "{\"version\":" + ownDraft.version() + ",\"kind\":\"LEGAL\"}")));
        attempts.add(new Attempt("API: writer renames a category", () -> http.as(writerA.email(), PASSWORD, "PUT",
                "/api/v1/categories/1", "{\"name\":\"נלקח\"}")));
        attempts.add(new Attempt("API: writer deletes a tag", () -> http.as(writerA.email(), PASSWORD, "DELETE",
                "/api/v1/tags/1", null)));
        attempts.add(new Attempt("API: editor reads the audit log", () -> http.as(editorE.email(), PASSWORD, "GET",
                "/api/v1/audit", null)));
        attempts.add(new Attempt("API: editor rebuilds search", () -> http.as(editorE.email(), PASSWORD, "POST",
                "/api/v1/search/rebuild", null)));
        attempts.add(new Attempt("API: sales creates an article", () -> http.as(sales.email(), PASSWORD, "POST",
                "/api/v1/articles", "{\"title\":\"x\",\"body\":\"<p>x</p>\",\"authorId\":1,\"categoryId\":1}")));

        var before = Tables.fingerprint(jdbc);
        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : attempts) {
            int status = attempt.call().get().statusCode();
            if (status != 403) {
                wrong.add(attempt.name() + ": " + status);
            }
        }
        assertThat(wrong).as("attempts that were not refused").isEmpty();
        assertThat(Tables.changedSince(before, jdbc)).as("every table, row by row").isEmpty();
    }

    @Test
    void fieldsAFormOrBodyWasNotMeantToCarryChangeNothingTheyName() {
        UserAccount writer = user(Role.WRITER);
        Session session = login(writer);
        var renamed = session.post("/newsroom/account/name", Map.of("displayName", "שם חדש", "role", "ADMIN",
                "email", "taken@evil.example", "id", "1", "enabled", "true"));
        assertThat(renamed.statusCode()).isLessThan(400);
        assertThat(accounts.get(writer.id())).satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("שם חדש");
            assertThat(u.role()).isEqualTo(Role.WRITER);
            assertThat(u.email()).isEqualTo(writer.email());
        });
        assertThat(accounts.findByEmail(ADMIN_EMAIL).orElseThrow().role()).isEqualTo(Role.ADMIN);

        Article own = editor.create(draft("טיוטה"), new Actor(writer.id(), false, false));
        var put = http.as(writer.email(), PASSWORD, "PUT", "/api/v1/articles/" + own.id(), "{\"version\":" + own.version()
                + ",\"title\":\"עדיין טיוטה\",\"body\":\"<p>x</p>\",\"authorId\":1,\"categoryId\":1,\"status\":\"PUBLISHED\","
                + "\"publishedAt\":\"2020-01-01T00:00:00Z\",\"createdBy\":1,\"id\":1}");
        assertThat(put.statusCode()).as(put.body()).isLessThan(400);
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", own.id()).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(http.get("/article/" + own.id()).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT title FROM article WHERE id = 1").query(String.class).single()).isNotEqualTo("עדיין טיוטה");
    }

    private static Map<String, String> form(Article article, int version, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "נלקח");
        form.put("subtitle", "");
        form.put("body", "גוף שנלקח");
        form.put("bodyFormat", "text");
        form.put("categoryId", String.valueOf(article.categoryId()));
        form.put("authorId", String.valueOf(article.authorId()));
        form.put("version", String.valueOf(version));
        form.put("action", action);
        return form;
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(title + " " + Fixtures.unique(""), "", "<p>גוף</p>", "", 1L, 1L, List.of(), null, null,
                null, null, null, null);
    }
}
