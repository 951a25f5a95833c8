package io.iton.category;

import static io.iton.category.TaxonomyDesk.JSON;
import static io.iton.category.TaxonomyDesk.enc;
import static io.iton.category.TaxonomyDesk.latin;
import static io.iton.category.TaxonomyDesk.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * Category and tag management end to end, in the newsroom and through the API: old addresses
 * answering 301 (pages and feeds, Hebrew slugs percent-encoded), merges that move articles and
 * reach search at once, delete rules, the header order, refused input, and writers refused.
 */
abstract class TaxonomyContract extends AppTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    Session editor;
    TaxonomyDesk desk;

    @BeforeEach
    void login() {
        editor = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        desk = new TaxonomyDesk(http, editor, jdbc);
    }

    // --- categories ---------------------------------------------------------------------------

    @Test
    void aCategorySlugChangedTwiceLeavesBothOldAddressesAndFeedsAnswering301() {
        String word = latin();
        long id = desk.createCategory("כלכלה " + word, "כלכלה-" + word, false);
        long article = desk.publish("כתבה על " + word, id, List.of());

        desk.save(id, "מאקרו " + word, "מאקרו-" + word);
        desk.save(id, "שווקים " + word, "שווקים-" + word);

        String now = PublicPaths.category("שווקים-" + word);
        for (String old : List.of("כלכלה-" + word, "מאקרו-" + word)) {
            desk.assertMoved(PublicPaths.category(old), now);
            desk.assertMoved(PublicPaths.category(old) + "/feed.xml", now + "/feed.xml");
        }
        HttpResponse<String> page = http.get(now);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("שווקים " + word, "כתבה על " + word);
        assertThat(http.get(now + "/feed.xml").body()).contains("כתבה על " + word);
        assertThat(desk.apiArticle(article).get("category").get("slug").asString()).isEqualTo("שווקים-" + word);
        assertThat(editor.get("/newsroom/categories/" + id).body())
                .contains(PublicPaths.category("כלכלה-" + word), PublicPaths.category("מאקרו-" + word));
    }

    @Test
    void aSlugGivenUpAndTakenByANewCategoryLeadsToTheNewOne() {
        String word = latin();
        long first = desk.createCategory("ראשונה " + word, "a-" + word, false);
        desk.save(first, "ראשונה " + word, "b-" + word);
        desk.assertMoved("/category/a-" + word, "/category/b-" + word);

        desk.createCategory("שנייה " + word, "a-" + word, false);
        assertThat(http.get("/category/a-" + word).statusCode()).isEqualTo(200);
        assertThat(http.get("/category/a-" + word).body()).contains("שנייה " + word);
    }

    @Test
    void mergingACategoryMovesItsArticlesFindsThemInSearchAndRedirectsItsAddresses() {
        String word = latin();
        long source = desk.createCategory("מקור " + word, "מקור-" + word, false);
        long target = desk.createCategory("יעד " + word, "יעד-" + word, false);
        long moved = desk.publish("כתבה ממוזגת " + word, source, List.of());
        long stays = desk.publish("כתבה קיימת " + word, target, List.of());
        assertThat(desk.searchIds(word, "category=" + enc("יעד-" + word))).containsExactly(stays);

        HttpResponse<String> merged = editor.post("/newsroom/categories/" + source + "/merge",
                Map.of("target", Long.toString(target)));
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/categories/" + target + "?done=merged");

        assertThat(desk.apiArticle(moved).get("category").get("id").asLong()).isEqualTo(target);
        assertThat(desk.searchIds(word, "category=" + enc("יעד-" + word))).containsExactlyInAnyOrder(moved, stays);
        desk.assertMoved(PublicPaths.category("מקור-" + word), PublicPaths.category("יעד-" + word));
        desk.assertMoved(PublicPaths.category("מקור-" + word) + "/feed.xml", PublicPaths.category("יעד-" + word) + "/feed.xml");
        assertThat(http.get(PublicPaths.category("יעד-" + word)).body()).contains("כתבה ממוזגת " + word);
        assertThat(desk.categoryExists(source)).isFalse();
    }

    @Test
    void onlyAnEmptyCategoryMayBeDeleted() {
        String word = latin();
        long full = desk.createCategory("מלאה " + word, "full-" + word, false);
        desk.publish("כתבה " + word, full, List.of());
        HttpResponse<String> refused = editor.post("/newsroom/categories/" + full + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused)).contains("אי אפשר למחוק קטגוריה שיש בה כתבות");
        assertThat(desk.categoryExists(full)).isTrue();
        HttpResponse<String> viaApi = http.asAdmin("DELETE", "/api/v1/categories/" + full, null);
        assertThat(viaApi.statusCode()).isEqualTo(409);
        assertThat(viaApi.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(viaApi.body()).get("detail").asString()).contains("1 כתבות");

        long empty = desk.createCategory("ריקה " + word, "empty-" + word, false);
        HttpResponse<String> deleted = editor.post("/newsroom/categories/" + empty + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(desk.categoryExists(empty)).isFalse();
        assertThat(http.get("/category/empty-" + word).statusCode()).isEqualTo(404);
        assertThat(http.get("/category/empty-" + word).body()).contains("לא נמצא");
        long emptyToo = desk.createCategory("ריקה ב " + word, "empty2-" + word, false);
        assertThat(http.asAdmin("DELETE", "/api/v1/categories/" + emptyToo, null).statusCode()).isEqualTo(204);
        assertThat(http.asAdmin("DELETE", "/api/v1/categories/" + emptyToo, null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusedCategoryInputIsExplainedBesideEachFieldAndKept() {
        String word = latin();
        desk.createCategory("תפוסה " + word, "taken-" + word, false);

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

        long id = desk.createCategory("אחרת " + word, "other-" + word, false);
        HttpResponse<String> clash = editor.post("/newsroom/categories/" + id, Map.of("name", "תפוסה " + word, "slug", "other-" + word));
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(clash.body()).getElementById("category-name-error").text()).isEqualTo("כבר קיימת קטגוריה בשם זה.");

        HttpResponse<String> self = editor.post("/newsroom/categories/" + id + "/merge", Map.of("target", Long.toString(id)));
        assertThat(Jsoup.parse(self.body()).getElementById("merge-target-error").text()).contains("לתוך עצמה");
        HttpResponse<String> none = editor.post("/newsroom/categories/" + id + "/merge", Map.of("target", ""));
        assertThat(Jsoup.parse(none.body()).getElementById("merge-target-error").text()).contains("יש לבחור");
        assertThat(desk.categoryExists(id)).isTrue();
    }

    @Test
    void theHeaderShowsFeaturedCategoriesInTheOrderEditorsSet() {
        String word = latin();
        long first = desk.createCategory("אלף " + word, "alef-" + word, true);
        long second = desk.createCategory("בית " + word, "bet-" + word, true);
        assertThat(desk.headerOrder()).containsSubsequence("אלף " + word, "בית " + word);

        HttpResponse<String> moved = editor.post("/newsroom/categories/" + second + "/move", Map.of("direction", "up"));
        assertThat(moved.statusCode()).isEqualTo(303);
        List<String> header = desk.headerOrder();
        assertThat(header.indexOf("בית " + word)).isLessThan(header.indexOf("אלף " + word));

        editor.post("/newsroom/categories/" + second + "/move", Map.of("direction", "down"));
        header = desk.headerOrder();
        assertThat(header.indexOf("אלף " + word)).isLessThan(header.indexOf("בית " + word));

        desk.save(first, "אלף " + word, "alef-" + word, false);
        assertThat(desk.headerOrder()).doesNotContain("אלף " + word).contains("בית " + word);
    }

    // --- tags ---------------------------------------------------------------------------------

    @Test
    void renamingATagMovesItsAddressAndSearchFindsTheNewNameAtOnce() {
        String oldWord = latin();
        String newWord = latin();
        long category = DemoData.categoryId(jdbc, "world");
        long article = desk.publish("כתבה עם תגית", category, List.of("ישן " + oldWord));
        long tag = desk.tagId("ישן " + oldWord);
        assertThat(desk.searchIds(newWord, null)).isEmpty();

        HttpResponse<String> renamed = editor.post("/newsroom/tags/" + tag, Map.of("name", "חדש " + newWord));
        assertThat(renamed.statusCode()).isEqualTo(303);

        assertThat(desk.searchIds(newWord, null)).containsExactly(article);
        assertThat(desk.searchIds(oldWord, null)).isEmpty();
        desk.assertMoved(PublicPaths.tag("ישן-" + oldWord), PublicPaths.tag("חדש-" + newWord));
        desk.assertMoved(PublicPaths.tag("ישן-" + oldWord) + "/feed.xml", PublicPaths.tag("חדש-" + newWord) + "/feed.xml");
        assertThat(http.get(PublicPaths.tag("חדש-" + newWord)).body()).contains("כתבה עם תגית");
        assertThat(desk.tagNames(article)).containsExactly("חדש " + newWord);
    }

    @Test
    void mergingTagsKeepsOneCopyOfTheTargetInOrderAndRedirectsTheSource() {
        String w = latin();
        long category = DemoData.categoryId(jdbc, "world");
        long both = desk.publish("שתיהן " + w, category, List.of("מקור " + w, "אחר " + w, "יעד " + w));
        long sourceOnly = desk.publish("רק מקור " + w, category, List.of("שלישי " + w, "מקור " + w));
        long targetFirst = desk.publish("יעד ראשון " + w, category, List.of("יעד " + w, "שלישי " + w, "מקור " + w));
        long source = desk.tagId("מקור " + w);

        HttpResponse<String> merged = editor.post("/newsroom/tags/" + source + "/merge", Map.of("target", "יעד " + w));
        assertThat(merged.statusCode()).isEqualTo(303);

        assertThat(desk.tagNames(both)).containsExactly("יעד " + w, "אחר " + w);
        assertThat(desk.tagNames(sourceOnly)).containsExactly("שלישי " + w, "יעד " + w);
        assertThat(desk.tagNames(targetFirst)).containsExactly("יעד " + w, "שלישי " + w);
        desk.assertMoved(PublicPaths.tag("מקור-" + w), PublicPaths.tag("יעד-" + w));
        assertThat(desk.searchIds(w, "tag=" + enc("יעד-" + w))).containsExactlyInAnyOrder(both, sourceOnly, targetFirst);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tag WHERE id = :id").param("id", source).query(Long.class).single()).isZero();
    }

    @Test
    void aDeletedTagLeavesItsArticlesAndItsAddressAnswers404() {
        String w = latin();
        long category = DemoData.categoryId(jdbc, "world");
        long article = desk.publish("כתבה " + w, category, List.of("לפני " + w, "נמחקת " + w, "אחרי " + w));
        long tag = desk.tagId("נמחקת " + w);

        HttpResponse<String> unconfirmed = editor.post("/newsroom/tags/" + tag + "/delete", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unconfirmed.body()).getElementById("delete-confirm-error").text()).contains("יש לסמן");
        assertThat(desk.tagNames(article)).contains("נמחקת " + w);

        assertThat(editor.post("/newsroom/tags/" + tag + "/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(303);
        assertThat(desk.tagNames(article)).containsExactly("לפני " + w, "אחרי " + w);
        HttpResponse<String> gone = http.get(PublicPaths.tag("נמחקת-" + w));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("lang=\"he\"", "לא נמצא");
        assertThat(http.get(PublicPaths.tag("נמחקת-" + w) + "/feed.xml").statusCode()).isEqualTo(404);
        assertThat(desk.searchIds(w, "tag=" + enc("לפני-" + w))).containsExactly(article);
    }

    @Test
    void theTagListSearchesWithCountsAndTheAutocompleteForgivesPrefixesAndQuotes() {
        String w = latin();
        long category = DemoData.categoryId(jdbc, "world");
        desk.publish("כתבה " + w, category, List.of("צה\"ל" + w));
        desk.publish("כתבה נוספת " + w, category, List.of("צה\"ל" + w));

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
        long source = desk.createCategory("api מקור " + w, "api-src-" + w, false);
        long target = desk.createCategory("api יעד " + w, "api-dst-" + w, false);
        String put = JSON.writeValueAsString(Map.of("name", "api מקור " + w, "slug", "api-renamed-" + w, "description", ""));
        assertThat(http.asAdmin("PUT", "/api/v1/categories/" + source, put).statusCode()).isEqualTo(200);
        desk.assertMoved("/category/api-src-" + w, "/category/api-renamed-" + w);

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
        desk.assertMoved("/category/api-src-" + w, "/category/api-dst-" + w);
        desk.assertMoved("/category/api-renamed-" + w, "/category/api-dst-" + w);

        long category = DemoData.categoryId(jdbc, "world");
        long article = desk.publish("api תגיות " + w, category, List.of("api-a " + w, "api-b " + w));
        long a = desk.tagId("api-a " + w);
        long b = desk.tagId("api-b " + w);
        HttpResponse<String> tagMerge = http.asAdmin("POST", "/api/v1/tags/" + a + "/merge", "{\"targetId\":" + b + "}");
        assertThat(tagMerge.statusCode()).isEqualTo(200);
        assertThat(desk.tagNames(article)).containsExactly("api-b " + w);
        assertThat(http.asAdmin("DELETE", "/api/v1/tags/" + b, null).statusCode()).isEqualTo(204);
        assertThat(desk.tagNames(article)).isEmpty();
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
        long category = desk.createCategory("של עורכים " + w, "editors-" + w, true);
        long other = desk.createCategory("אחרת " + w, "other-" + w, false);
        desk.publish("כתבה " + w, DemoData.categoryId(jdbc, "world"), List.of("תגית " + w, "שנייה " + w));
        long tag = desk.tagId("תגית " + w);
        long second = desk.tagId("שנייה " + w);

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

        assertThat(desk.categoryExists(category) && desk.categoryExists(other)).isTrue();
        assertThat(http.get("/category/editors-" + w).statusCode()).isEqualTo(200);
        assertThat(desk.tagId("תגית " + w)).isEqualTo(tag);
        assertThat(desk.headerOrder()).contains("של עורכים " + w);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Letters only, so that search reads it as one word found nowhere else. */
}
