package io.iton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API against the running application: workflow, authorization, and refused input. */
abstract class ApiContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    long author;
    long category;

    @BeforeEach
    void ids() {
        author = DemoData.authorId(jdbc, "desk");
        category = DemoData.categoryId(jdbc, "security");
    }

    private String article(String title, String body, List<String> tags) {
        return JSON.writeValueAsString(Map.of("title", title, "subtitle", "כותרת משנה", "body", body,
                "authorId", author, "categoryId", category, "tags", tags));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "SQL", "at io.iton");
    }

    private static List<String> titles(HttpResponse<String> list) {
        List<String> titles = new java.util.ArrayList<>();
        json(list).get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private long articles() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    @Test
    void anArticleGoesFromDraftToPublishedToUnpublished() {
        String title = "צה\"ל ו־צה״ל: כתבה חדשה " + Fixtures.unique("");
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles",
                article(title, "<h2>רקע</h2><p>בעקבות המשבר</p>", List.of("ביטחון", "צה\"ל", "ביטחון")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = json(created);
        long id = draft.get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/articles/" + id);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("tags")).extracting(t -> t.get("name").asString()).containsExactly("ביטחון", "צה\"ל");

        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(http.getAsAdmin("/api/v1/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(titles(http.getAsAdmin("/api/v1/articles?scope=all&size=100"))).contains(title);
        assertProblem(http.get("/api/v1/articles?scope=all"), 401);

        HttpResponse<String> published = http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(titles(http.get("/api/v1/articles?size=5"))).contains(title);
        String url = json(published).get("url").asString();
        String path = url.substring(url.indexOf("/article/"));
        assertThat(org.jsoup.Jsoup.parse(http.get(path).body()).selectFirst("h1").text()).isEqualTo(title);

        HttpResponse<String> unpublished = http.asAdmin("POST", "/api/v1/articles/" + id + "/unpublish", "{\"version\":1}");
        assertThat(json(unpublished).get("status").asString()).isEqualTo("UNPUBLISHED");
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(http.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aFutureTimeSchedulesAndKeepsItHidden() {
        long id = json(http.asAdmin("POST", "/api/v1/articles", article("מתוזמנת", "<p>מחר</p>", List.of()))).get("id").asLong();
        HttpResponse<String> scheduled = http.asAdmin("POST", "/api/v1/articles/" + id + "/publish",
                "{\"version\":0,\"at\":\"2030-01-01T09:00:00+02:00\"}");
        assertThat(json(scheduled).get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(json(scheduled).get("publishedAt").asString()).isEqualTo("2030-01-01T07:00:00Z");
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aStaleVersionIsAConflictAndTheNewerTextStays() {
        long id = json(http.asAdmin("POST", "/api/v1/articles", article("גרסה 0", "<p>א</p>", List.of()))).get("id").asLong();
        String first = article("עריכה של עורכת א", "<p>א</p>", List.of()).replace("{", "{\"version\":0,");
        assertThat(http.asAdmin("PUT", "/api/v1/articles/" + id, first).statusCode()).isEqualTo(200);
        String second = article("עריכה של עורך ב", "<p>ב</p>", List.of()).replace("{", "{\"version\":0,");
        assertProblem(http.asAdmin("PUT", "/api/v1/articles/" + id, second), 409);
        assertThat(json(http.getAsAdmin("/api/v1/articles/" + id)).get("title").asString()).isEqualTo("עריכה של עורכת א");
        assertProblem(http.asAdmin("PUT", "/api/v1/articles/" + id, article("בלי גרסה", "<p>x</p>", List.of())), 400);
        assertProblem(http.asAdmin("POST", "/api/v1/articles/" + id + "/unpublish", "{\"version\":1}"), 409);
    }

    @Test
    void scriptsAndHandlersAreRemovedOnSave() {
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", article("ניסיון XSS",
                "<p onmouseover=\"alert(1)\">טקסט<script>alert('x')</script></p><img src=x onerror=alert(1) alt=\"\">"
                        + "<a href=\"javascript:alert(1)\">קישור</a>", List.of("<script>alert(1)</script>")));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        String body = jdbc.sql("SELECT body FROM article WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(body).contains("טקסט", "קישור").doesNotContain("<script", "onerror", "onmouseover", "javascript:");
        http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        String page = http.get(json(http.get("/api/v1/articles/" + id)).get("url").asString()
                .replaceAll("^https?://[^/]+", "")).body();
        assertThat(page).doesNotContain("<script>alert", "onerror=", "onmouseover=").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() {
        long before = articles();
        Map<String, String> bad = Map.of(
                "missing title", article("", "<p>x</p>", List.of()),
                "unknown category", article("כותרת", "<p>x</p>", List.of()).replace("\"categoryId\":" + category, "\"categoryId\":987654"),
                "missing category", "{\"title\":\"כותרת\",\"authorId\":" + author + "}",
                "title too long", article("א".repeat(501), "<p>x</p>", List.of()),
                "tag too long", article("כותרת", "<p>x</p>", List.of("ת".repeat(101))));
        bad.forEach((name, body) -> {
            HttpResponse<String> response = http.asAdmin("POST", "/api/v1/articles", body);
            assertProblem(response, 400);
            assertThat(json(response).get("errors")).as(name).isNotNull();
        });
        assertThat(json(http.asAdmin("POST", "/api/v1/articles", article("", "<p>x</p>", List.of()))).get("errors")
                .get("title").asString()).isEqualTo("חובה לתת כותרת.");
        assertThat(json(http.asAdmin("POST", "/api/v1/articles", bad.get("unknown category"))).get("errors")
                .get("category").asString()).isEqualTo("הקטגוריה שנבחרה אינה קיימת.");

        assertProblem(http.asAdmin("POST", "/api/v1/articles", "{\"title\": \"שבור"), 400);
        assertProblem(http.asAdmin("POST", "/api/v1/articles", "[1,2,3]"), 400);
        assertProblem(http.asAdmin("POST", "/api/v1/articles", null), 400);
        String tenMegabytes = article("ענקית", "<p>" + "א".repeat(5 * 1024 * 1024) + "</p>", List.of());
        assertProblem(http.asAdminBytes("POST", "/api/v1/articles", tenMegabytes.getBytes(StandardCharsets.UTF_8)), 413);
        assertProblem(http.asAdmin("GET", "/api/v1/articles?size=1000", null), 400);
        assertProblem(http.asAdmin("GET", "/api/v1/articles/abc", null), 400);
        assertProblem(http.get("/api/v1/no-such-thing"), 404);
        assertThat(articles()).isEqualTo(before);

        long id = json(http.asAdmin("POST", "/api/v1/articles", article("רק סקריפט", "<script>alert(1)</script>", List.of())))
                .get("id").asLong();
        assertProblem(http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}"), 400);
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);

        long real = json(http.asAdmin("POST", "/api/v1/articles", article("תאריך משונה", "<p>x</p>", List.of()))).get("id").asLong();
        for (String at : List.of("+999999999-12-31T23:59:59Z", "-4000-01-01T00:00:00Z", "1799-12-31T23:59:59Z", "2999-01-01T00:00:00Z")) {
            assertProblem(http.asAdmin("POST", "/api/v1/articles/" + real + "/publish", "{\"version\":0,\"at\":\"" + at + "\"}"), 400);
        }
        assertThat(http.get("/api/v1/articles/" + real).statusCode()).isEqualTo(404);

        assertProblem(http.asAdmin("POST", "/api/v1/articles", article("ממומן בלי מממן", "<p>x</p>", List.of())
                .replace("{", "{\"sponsored\":true,")), 400);
        assertProblem(http.asAdmin("POST", "/api/v1/authors", JSON.writeValueAsString(Map.of("displayName", "א".repeat(201)))), 400);
        assertProblem(http.asAdmin("POST", "/api/v1/authors", JSON.writeValueAsString(Map.of("displayName", "ב", "bio", "ג".repeat(4001)))), 400);
    }

    @Test
    void writesNeedANewsroomAccountAndPublishingNeedsAnEditor() {
        long before = articles();
        assertProblem(http.anonymous("POST", "/api/v1/articles", article("אנונימי", "<p>x</p>", List.of())), 401);
        assertProblem(http.as(ADMIN_EMAIL, "wrong-password", "POST", "/api/v1/articles", article("סיסמה שגויה", "<p>x</p>", List.of())), 401);
        assertProblem(http.anonymous("POST", "/api/v1/categories", "{\"name\":\"זדונית\"}"), 401);
        assertThat(articles()).isEqualTo(before);

        String email = Fixtures.unique("writer") + "@iton.test";
        accounts.create(email, "כותבת", "writer-password-1", Role.WRITER);
        HttpResponse<String> created = http.as(email, "writer-password-1", "POST", "/api/v1/articles",
                article("טיוטה של כותבת", "<p>x</p>", List.of()));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertProblem(http.as(email, "writer-password-1", "POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}"), 403);
        assertProblem(http.as(email, "writer-password-1", "POST", "/api/v1/categories", "{\"name\":\"של כותבת\"}"), 403);
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);

        String ownEdit = article("הטיוטה שלי, מתוקנת", "<p>y</p>", List.of()).replace("{", "{\"version\":0,");
        assertThat(http.as(email, "writer-password-1", "PUT", "/api/v1/articles/" + id, ownEdit).statusCode()).isEqualTo(200);

        long seed = jdbc.sql("SELECT id FROM article WHERE slug = :slug").param("slug", "ישראל-מחזקת-את-קשריה-עם-רוסיה")
                .query(Long.class).single();
        int seedVersion = jdbc.sql("SELECT version FROM article WHERE id = :id").param("id", seed).query(Integer.class).single();
        String hijack = article("כותבת משכתבת כתבה שפורסמה", "<p>x</p>", List.of()).replace("{", "{\"version\":" + seedVersion + ",");
        assertProblem(http.as(email, "writer-password-1", "PUT", "/api/v1/articles/" + seed, hijack), 403);
        long othersDraft = json(http.asAdmin("POST", "/api/v1/articles", article("טיוטה של העורכת", "<p>x</p>", List.of())))
                .get("id").asLong();
        assertProblem(http.as(email, "writer-password-1", "PUT", "/api/v1/articles/" + othersDraft,
                hijack.replace("\"version\":" + seedVersion, "\"version\":0")), 403);
        assertThat(json(http.get("/api/v1/articles/" + seed)).get("title").asString()).isEqualTo(io.iton.support.SeedPage.TITLE);
    }

    @Test
    void headRequestsReadLikeGets() {
        assertThat(http.anonymous("HEAD", "/api/v1/articles", null).statusCode()).isEqualTo(200);
    }

    @Test
    void editorsManageCategoriesTagsAndAuthors() {
        String name = "בריאות " + Fixtures.unique("");
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/categories",
                JSON.writeValueAsString(Map.of("name", name, "description", "רפואה ומדע", "featured", false)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode category = json(created);
        assertThat(category.get("slug").asString()).startsWith("בריאות-");
        assertProblem(http.asAdmin("POST", "/api/v1/categories", JSON.writeValueAsString(Map.of("name", name))), 400);
        assertProblem(http.asAdmin("POST", "/api/v1/categories", "{\"name\":\"x\",\"slug\":\"Not A Slug\"}"), 400);
        HttpResponse<String> renamed = http.asAdmin("PUT", "/api/v1/categories/" + category.get("id").asLong(),
                JSON.writeValueAsString(Map.of("name", name + " ומדע", "slug", "health-" + category.get("id").asLong())));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).get("name").asString()).endsWith("ומדע");
        assertThat(http.get("/category/health-" + category.get("id").asLong()).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/categories").body()).contains(name + " ומדע");

        HttpResponse<String> tag = http.asAdmin("POST", "/api/v1/tags", JSON.writeValueAsString(Map.of("name", "ארה\"ב " + Fixtures.unique(""))));
        assertThat(tag.statusCode()).isEqualTo(201);
        assertThat(json(tag).get("slug").asString()).startsWith("ארהב-");
        assertProblem(http.asAdmin("POST", "/api/v1/tags", "{\"name\":\"   \"}"), 400);

        HttpResponse<String> author = http.asAdmin("POST", "/api/v1/authors", JSON.writeValueAsString(
                Map.of("displayName", "<b>נועה</b> כהן", "bio", "<script>alert(1)</script>")));
        assertThat(author.statusCode()).isEqualTo(201);
        String page = http.get("/author/" + json(author).get("slug").asString()).body();
        assertThat(page).contains("&lt;b&gt;נועה&lt;/b&gt; כהן", "&lt;script&gt;").doesNotContain("<script>alert");
    }
}
