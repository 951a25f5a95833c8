package io.iton.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.shared.PublicPaths;
import io.iton.support.AppTest;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.support.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Category and tag management end to end, in the newsroom and through the API: old addresses
 * answering 301 (pages and feeds, Hebrew slugs percent-encoded), merges that move articles and
 * reach search at once, delete rules, the header order, refused input, and writers refused.
 */
abstract class TaxonomyContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    Session editor;

    @BeforeEach
    void login() {
        editor = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    // --- categories ---------------------------------------------------------------------------

    @Test
    void aCategorySlugChangedTwiceLeavesBothOldAddressesAndFeedsAnswering301() {
        String word = latin();
        long id = createCategory("כלכלה " + word, "כלכלה-" + word, false);
        long article = publish("כתבה על " + word, id, List.of());

        save(id, "מאקרו " + word, "מאקרו-" + word);
        save(id, "שווקים " + word, "שווקים-" + word);

        String now = PublicPaths.category("שווקים-" + word);
        for (String old : List.of("כלכלה-" + word, "מאקרו-" + word)) {
            assertMoved(PublicPaths.category(old), now);
            assertMoved(PublicPaths.category(old) + "/feed.xml", now + "/feed.xml");
        }
        HttpResponse<String> page = http.get(now);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("שווקים " + word, "כתבה על " + word);
        assertThat(http.get(now + "/feed.xml").body()).contains("כתבה על " + word);
        assertThat(apiArticle(article).get("category").get("slug").asString()).isEqualTo("שווקים-" + word);
        assertThat(editor.get("/newsroom/categories/" + id).body())
                .contains(PublicPaths.category("כלכלה-" + word), PublicPaths.category("מאקרו-" + word));
    }

    @Test
    void aSlugGivenUpAndTakenByANewCategoryLeadsToTheNewOne() {
        String word = latin();
        long first = createCategory("ראשונה " + word, "a-" + word, false);
        save(first, "ראשונה " + word, "b-" + word);
        assertMoved("/category/a-" + word, "/category/b-" + word);

        createCategory("שנייה " + word, "a-" + word, false);
        assertThat(http.get("/category/a-" + word).statusCode()).isEqualTo(200);
        assertThat(http.get("/category/a-" + word).body()).contains("שנייה " + word);
    }

    @Test
    void mergingACategoryMovesItsArticlesFindsThemInSearchAndRedirectsItsAddresses() {
        String word = latin();
        long source = createCategory("מקור " + word, "מקור-" + word, false);
        long target = createCategory("יעד " + word, "יעד-" + word, false);
        long moved = publish("כתבה ממוזגת " + word, source, List.of());
        long stays = publish("כתבה קיימת " + word, target, List.of());
        assertThat(searchIds(word, "category=" + enc("יעד-" + word))).containsExactly(stays);

        HttpResponse<String> merged = editor.post("/newsroom/categories/" + source + "/merge",
                Map.of("target", Long.toString(target)));
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/categories/" + target + "?done=merged");

        assertThat(apiArticle(moved).get("category").get("id").asLong()).isEqualTo(target);
        assertThat(searchIds(word, "category=" + enc("יעד-" + word))).containsExactlyInAnyOrder(moved, stays);
        assertMoved(PublicPaths.category("מקור-" + word), PublicPaths.category("יעד-" + word));
        assertMoved(PublicPaths.category("מקור-" + word) + "/feed.xml", PublicPaths.category("יעד-" + word) + "/feed.xml");
        assertThat(http.get(PublicPaths.category("יעד-" + word)).body()).contains("כתבה ממוזגת " + word);
        assertThat(categoryExists(source)).isFalse();
    }

    @Test
    void onlyAnEmptyCategoryMayBeDeleted() {
        String word = latin();
        long full = createCategory("מלאה " + word, "full-" + word, false);
        publish("כתבה " + word, full, List.of());
        HttpResponse<String> refused = editor.post("/newsroom/categories/" + full + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused)).contains("אי אפשר למחוק קטגוריה שיש בה כתבות");
        assertThat(categoryExists(full)).isTrue();
        HttpResponse<String> viaApi = http.asAdmin("DELETE", "/api/v1/categories/" + full, null);
        assertThat(viaApi.statusCode()).isEqualTo(409);
        assertThat(viaApi.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(viaApi.body()).get("detail").asString()).contains("1 כתבות");

        long empty = createCategory("ריקה " + word, "empty-" + word, false);
        HttpResponse<String> deleted = editor.post("/newsroom/categories/" + empty + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(categoryExists(empty)).isFalse();
        assertThat(http.get("/category/empty-" + word).statusCode()).isEqualTo(404);
        assertThat(http.get("/category/empty-" + word).body()).contains("לא נמצא");
        long emptyToo = createCategory("ריקה ב " + word, "empty2-" + word, false);
        assertThat(http.asAdmin("DELETE", "/api/v1/categories/" + emptyToo, null).statusCode()).isEqualTo(204);
        assertThat(http.asAdmin("DELETE", "/api/v1/categories/" + emptyToo, null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusedCategoryInputIsExplainedBesideEachFieldAndKept() {
        String word = latin();
        createCategory("תפוסה " + word, "taken-" + word, false);

        HttpResponse<String> duplicate = editor.post("/newsroom/categories", Map.of("name", "תפוסה " + word,
                "slug", "taken-" + word, "description", "תיאור שנשמר " + word, "menuOrder", "3"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(duplicate.body());
        assertThat(page.getElementById("new-category-name-error").text()).isEqualTo("כבר קיימת קטגוריה בשם זה.");
        assertThat(page.getElementById("new-category-slug-error").text()).isEqualTo("הכתובת (slug) כבר בשימוש.");
        assertThat(page.getElementById("new-category-name").val()).isEqualTo("תפוסה " + word);
        assertThat(page.getElementById("new-category-description").text()).isEqualTo("תיאור שנשמר " + word);
        assertThat(page.getElementById("new-category-name").attr("aria-invalid")).isEqualTo("true");

        HttpResponse<String> badSlug = editor.post("/newsroom/categories", Map.of("name", "חדשה " + word, "slug", "לא תקין!"));
        assertThat(Jsoup.parse(badSlug.body()).getElementById("new-category-slug-error").text()).contains("אינה תקינה");
        assertThat(Jsoup.parse(badSlug.body()).getElementById("new-category-slug").val()).isEqualTo("לא תקין!");

        HttpResponse<String> badOrder = editor.post("/newsroom/categories", Map.of("name", "חדשה " + word, "menuOrder", "ראשון"));
        assertThat(Jsoup.parse(badOrder.body()).getElementById("new-category-order-error").text()).contains("מספר שלם");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM category WHERE name = :n").param("n", "חדשה " + word)
                .query(Long.class).single()).isZero();

        long id = createCategory("אחרת " + word, "other-" + word, false);
        HttpResponse<String> clash = editor.post("/newsroom/categories/" + id, Map.of("name", "תפוסה " + word, "slug", "other-" + word));
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(clash.body()).getElementById("category-name-error").text()).isEqualTo("כבר קיימת קטגוריה בשם זה.");

        HttpResponse<String> self = editor.post("/newsroom/categories/" + id + "/merge", Map.of("target", Long.toString(id)));
        assertThat(Jsoup.parse(self.body()).getElementById("merge-target-error").text()).contains("לתוך עצמה");
        HttpResponse<String> none = editor.post("/newsroom/categories/" + id + "/merge", Map.of("target", ""));
        assertThat(Jsoup.parse(none.body()).getElementById("merge-target-error").text()).contains("יש לבחור");
        assertThat(categoryExists(id)).isTrue();
    }

    @Test
    void theHeaderShowsFeaturedCategoriesInTheOrderEditorsSet() {
        String word = latin();
        long first = createCategory("אלף " + word, "alef-" + word, true);
        long second = createCategory("בית " + word, "bet-" + word, true);
        assertThat(headerOrder()).containsSubsequence("אלף " + word, "בית " + word);

        HttpResponse<String> moved = editor.post("/newsroom/categories/" + second + "/move", Map.of("direction", "up"));
        assertThat(moved.statusCode()).isEqualTo(303);
        List<String> header = headerOrder();
        assertThat(header.indexOf("בית " + word)).isLessThan(header.indexOf("אלף " + word));

        editor.post("/newsroom/categories/" + second + "/move", Map.of("direction", "down"));
        header = headerOrder();
        assertThat(header.indexOf("אלף " + word)).isLessThan(header.indexOf("בית " + word));

        save(first, "אלף " + word, "alef-" + word, false);
        assertThat(headerOrder()).doesNotContain("אלף " + word).contains("בית " + word);
    }

    // --- tags ---------------------------------------------------------------------------------

    @Test
    void renamingATagMovesItsAddressAndSearchFindsTheNewNameAtOnce() {
        String oldWord = latin();
        String newWord = latin();
        long category = DemoData.categoryId(jdbc, "world");
        long article = publish("כתבה עם תגית", category, List.of("ישן " + oldWord));
        long tag = tagId("ישן " + oldWord);
        assertThat(searchIds(newWord, null)).isEmpty();

        HttpResponse<String> renamed = editor.post("/newsroom/tags/" + tag, Map.of("name", "חדש " + newWord));
        assertThat(renamed.statusCode()).isEqualTo(303);

        assertThat(searchIds(newWord, null)).containsExactly(article);
        assertThat(searchIds(oldWord, null)).isEmpty();
        assertMoved(PublicPaths.tag("ישן-" + oldWord), PublicPaths.tag("חדש-" + newWord));
        assertMoved(PublicPaths.tag("ישן-" + oldWord) + "/feed.xml", PublicPaths.tag("חדש-" + newWord) + "/feed.xml");
        assertThat(http.get(PublicPaths.tag("חדש-" + newWord)).body()).contains("כתבה עם תגית");
        assertThat(tagNames(article)).containsExactly("חדש " + newWord);
    }

    @Test
    void mergingTagsKeepsOneCopyOfTheTargetInOrderAndRedirectsTheSource() {
        String w = latin();
        long category = DemoData.categoryId(jdbc, "world");
        long both = publish("שתיהן " + w, category, List.of("מקור " + w, "אחר " + w, "יעד " + w));
        long sourceOnly = publish("רק מקור " + w, category, List.of("שלישי " + w, "מקור " + w));
        long targetFirst = publish("יעד ראשון " + w, category, List.of("יעד " + w, "שלישי " + w, "מקור " + w));
        long source = tagId("מקור " + w);

        HttpResponse<String> merged = editor.post("/newsroom/tags/" + source + "/merge", Map.of("target", "יעד " + w));
        assertThat(merged.statusCode()).isEqualTo(303);

        assertThat(tagNames(both)).containsExactly("יעד " + w, "אחר " + w);
        assertThat(tagNames(sourceOnly)).containsExactly("שלישי " + w, "יעד " + w);
        assertThat(tagNames(targetFirst)).containsExactly("יעד " + w, "שלישי " + w);
        assertMoved(PublicPaths.tag("מקור-" + w), PublicPaths.tag("יעד-" + w));
        assertThat(searchIds(w, "tag=" + enc("יעד-" + w))).containsExactlyInAnyOrder(both, sourceOnly, targetFirst);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tag WHERE id = :id").param("id", source).query(Long.class).single()).isZero();
    }

    @Test
    void aDeletedTagLeavesItsArticlesAndItsAddressAnswers404() {
        String w = latin();
        long category = DemoData.categoryId(jdbc, "world");
        long article = publish("כתבה " + w, category, List.of("לפני " + w, "נמחקת " + w, "אחרי " + w));
        long tag = tagId("נמחקת " + w);

        HttpResponse<String> unconfirmed = editor.post("/newsroom/tags/" + tag + "/delete", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unconfirmed.body()).getElementById("delete-confirm-error").text()).contains("יש לסמן");
        assertThat(tagNames(article)).contains("נמחקת " + w);

        assertThat(editor.post("/newsroom/tags/" + tag + "/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(303);
        assertThat(tagNames(article)).containsExactly("לפני " + w, "אחרי " + w);
        HttpResponse<String> gone = http.get(PublicPaths.tag("נמחקת-" + w));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("lang=\"he\"", "לא נמצא");
        assertThat(http.get(PublicPaths.tag("נמחקת-" + w) + "/feed.xml").statusCode()).isEqualTo(404);
        assertThat(searchIds(w, "tag=" + enc("לפני-" + w))).containsExactly(article);
    }

    @Test
    void theTagListSearchesWithCountsAndTheAutocompleteForgivesPrefixesAndQuotes() {
        String w = latin();
        long category = DemoData.categoryId(jdbc, "world");
        publish("כתבה " + w, category, List.of("צה\"ל" + w));
        publish("כתבה נוספת " + w, category, List.of("צה\"ל" + w));

        Document list = Jsoup.parse(editor.get("/newsroom/tags?q=" + enc("בצה״ל" + w)).body());
        assertThat(list.select("tbody tr")).hasSize(1);
        assertThat(list.select("tbody tr").text()).contains("צה\"ל" + w, "2");

        for (String typed : List.of("צה\"ל" + w.substring(0, 4), "צה״ל" + w.substring(0, 4), "בצה\"ל" + w, "וכשצה״ל" + w, "צהל" + w.toUpperCase())) {
            HttpResponse<String> json = editor.get("/newsroom/tags.json?q=" + enc(typed));
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            List<String> names = new ArrayList<>();
            JSON.readTree(json.body()).forEach(t -> names.add(t.get("name").asString()));
            assertThat(names).as(typed).contains("צה\"ל" + w);
        }
        assertThat(editor.get("/newsroom/tags.json?q=" + enc("zzzz" + w)).body()).isEqualTo("[]");
        assertThat(editor.get("/newsroom/tags.json").body()).isEqualTo("[]");
        assertThat(http.get("/newsroom/tags.json?q=x").statusCode()).isEqualTo(302);
    }

    // --- the API ------------------------------------------------------------------------------

    @Test
    void theApiChangesSlugsMergesAndDeletesWithProblemDetails() {
        String w = latin();
        long source = createCategory("api מקור " + w, "api-src-" + w, false);
        long target = createCategory("api יעד " + w, "api-dst-" + w, false);
        String put = JSON.writeValueAsString(Map.of("name", "api מקור " + w, "slug", "api-renamed-" + w, "description", ""));
        assertThat(http.asAdmin("PUT", "/api/v1/categories/" + source, put).statusCode()).isEqualTo(200);
        assertMoved("/category/api-src-" + w, "/category/api-renamed-" + w);

        HttpResponse<String> self = http.asAdmin("POST", "/api/v1/categories/" + source + "/merge", "{\"targetId\":" + source + "}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(self.body()).get("errors").get("target").asString()).contains("לתוך עצמה");
        assertThat(http.asAdmin("POST", "/api/v1/categories/" + source + "/merge", "{}").statusCode()).isEqualTo(400);
        assertThat(http.asAdmin("POST", "/api/v1/categories/" + source + "/merge", "{\"targetId\":999999999}").statusCode()).isEqualTo(400);
        assertThat(http.asAdmin("POST", "/api/v1/categories/999999999/merge", "{\"targetId\":" + target + "}").statusCode()).isEqualTo(404);
        assertThat(http.asAdmin("POST", "/api/v1/categories/" + source + "/merge", "not json").statusCode()).isEqualTo(400);

        HttpResponse<String> merged = http.asAdmin("POST", "/api/v1/categories/" + source + "/merge", "{\"targetId\":" + target + "}");
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(merged.body()).get("id").asLong()).isEqualTo(target);
        assertMoved("/category/api-src-" + w, "/category/api-dst-" + w);
        assertMoved("/category/api-renamed-" + w, "/category/api-dst-" + w);

        long category = DemoData.categoryId(jdbc, "world");
        long article = publish("api תגיות " + w, category, List.of("api-a " + w, "api-b " + w));
        long a = tagId("api-a " + w);
        long b = tagId("api-b " + w);
        HttpResponse<String> tagMerge = http.asAdmin("POST", "/api/v1/tags/" + a + "/merge", "{\"targetId\":" + b + "}");
        assertThat(tagMerge.statusCode()).isEqualTo(200);
        assertThat(tagNames(article)).containsExactly("api-b " + w);
        assertThat(http.asAdmin("DELETE", "/api/v1/tags/" + b, null).statusCode()).isEqualTo(204);
        assertThat(tagNames(article)).isEmpty();
        HttpResponse<String> missing = http.asAdmin("DELETE", "/api/v1/tags/" + b, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    // --- who may --------------------------------------------------------------------------------

    @Test
    void writersAreRefusedEveryTaxonomyActionInTheNewsroomAndTheApi() {
        String w = latin();
        String email = Fixtures.unique("writer") + "@iton.test";
        accounts.create(email, "כותבת", "writer-password-1", Role.WRITER);
        Session writer = Session.login(http, email, "writer-password-1");
        long category = createCategory("של עורכים " + w, "editors-" + w, true);
        long other = createCategory("אחרת " + w, "other-" + w, false);
        publish("כתבה " + w, DemoData.categoryId(jdbc, "world"), List.of("תגית " + w, "שנייה " + w));
        long tag = tagId("תגית " + w);
        long second = tagId("שנייה " + w);

        for (String page : List.of("/newsroom/categories", "/newsroom/categories/" + category, "/newsroom/tags",
                "/newsroom/tags/" + tag)) {
            HttpResponse<String> refused = writer.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).as(page).contains("lang=\"he\"");
        }
        Map<String, Map<String, String>> posts = Map.of(
                "/newsroom/categories", Map.of("name", "של כותבת " + w),
                "/newsroom/categories/" + category, Map.of("name", "שונה " + w, "slug", "changed-" + w),
                "/newsroom/categories/" + category + "/merge", Map.of("target", Long.toString(other)),
                "/newsroom/categories/" + other + "/delete", Map.of(),
                "/newsroom/categories/" + category + "/move", Map.of("direction", "up"),
                "/newsroom/tags/" + tag, Map.of("name", "שונה " + w),
                "/newsroom/tags/" + tag + "/merge", Map.of("target", "שנייה " + w),
                "/newsroom/tags/" + tag + "/delete", Map.of("confirm", "yes"));
        posts.forEach((path, form) -> assertThat(writer.post(path, form).statusCode()).as(path).isEqualTo(403));
        assertThat(writer.get("/newsroom/tags.json?q=" + enc("תגית")).statusCode()).isEqualTo(200);

        String pw = "writer-password-1";
        assertThat(http.as(email, pw, "POST", "/api/v1/categories/" + category + "/merge", "{\"targetId\":" + other + "}").statusCode()).isEqualTo(403);
        assertThat(http.as(email, pw, "DELETE", "/api/v1/categories/" + other, null).statusCode()).isEqualTo(403);
        assertThat(http.as(email, pw, "PUT", "/api/v1/categories/" + category, "{\"name\":\"x\",\"slug\":\"x-" + w + "\"}").statusCode()).isEqualTo(403);
        assertThat(http.as(email, pw, "POST", "/api/v1/tags/" + tag + "/merge", "{\"targetId\":" + second + "}").statusCode()).isEqualTo(403);
        assertThat(http.as(email, pw, "DELETE", "/api/v1/tags/" + tag, null).statusCode()).isEqualTo(403);
        HttpResponse<String> rename = http.as(email, pw, "PUT", "/api/v1/tags/" + tag, "{\"name\":\"x " + w + "\"}");
        assertThat(rename.statusCode()).isEqualTo(403);
        assertThat(rename.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        assertThat(categoryExists(category) && categoryExists(other)).isTrue();
        assertThat(http.get("/category/editors-" + w).statusCode()).isEqualTo(200);
        assertThat(tagId("תגית " + w)).isEqualTo(tag);
        assertThat(headerOrder()).contains("של עורכים " + w);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Letters only, so that search reads it as one word found nowhere else. */
    private static String latin() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    private long createCategory(String name, String slug, boolean featured) {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "slug", slug, "description", "", "menuOrder", "0"));
        if (featured) {
            form.put("featured", "on");
        }
        HttpResponse<String> created = editor.post("/newsroom/categories", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return DemoData.categoryId(jdbc, slug);
    }

    private void save(long id, String name, String slug) {
        save(id, name, slug, false);
    }

    private void save(long id, String name, String slug, boolean featured) {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "slug", slug, "description", "", "menuOrder", "0"));
        if (featured) {
            form.put("featured", "on");
        }
        HttpResponse<String> saved = editor.post("/newsroom/categories/" + id, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    }

    private long publish(String title, long categoryId, List<String> tags) {
        String json = JSON.writeValueAsString(Map.of("title", title, "subtitle", "משנה", "body", "<p>גוף הכתבה</p>",
                "authorId", DemoData.authorId(jdbc, "desk"), "categoryId", categoryId, "tags", tags));
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/articles", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}").statusCode()).isEqualTo(200);
        return id;
    }

    private JsonNode apiArticle(long id) {
        return JSON.readTree(http.getAsAdmin("/api/v1/articles/" + id).body());
    }

    private List<String> tagNames(long article) {
        List<String> names = new ArrayList<>();
        apiArticle(article).get("tags").forEach(t -> names.add(t.get("name").asString()));
        return names;
    }

    private long tagId(String name) {
        return jdbc.sql("SELECT id FROM tag WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private boolean categoryExists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private List<Long> searchIds(String q, String filter) {
        HttpResponse<String> response = http.get("/api/v1/search?q=" + enc(q) + (filter == null ? "" : "&" + filter));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private List<String> headerOrder() {
        return Jsoup.parse(http.get("/").body()).select(".featured-nav a").eachText();
    }

    private void assertMoved(String from, String to) {
        HttpResponse<String> response = http.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(from).endsWith(to);
    }

    private static String text(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).text();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
