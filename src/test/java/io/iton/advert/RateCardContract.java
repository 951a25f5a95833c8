package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
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
import io.iton.shared.Forbidden;
import io.iton.support.AppTest;
import io.iton.support.Fixtures;
import io.iton.support.Session;

/**
 * The rate card end to end: the seeded products, an administrator adding, editing and
 * deactivating products with refused input answered in Hebrew beside each field, the public
 * {@link RateCard} API, and every other role refused, by the page and by the service.
 */
abstract class RateCardContract extends AppTest {

    @Autowired
    RateCard rateCard;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    Session admin;

    @BeforeEach
    void login() {
        admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void theMigrationSeedsFourEditableDefaultProducts() {
        List<String> seeded = jdbc.sql("SELECT name FROM advert_product WHERE id <= 4 ORDER BY display_order")
                .query(String.class).list();
        assertThat(seeded).containsExactly("כתבה ממומנת", "כתבה ממומנת עם קידום ברשתות החברתיות", "באנר בעמוד הבית",
                "משבצת בניוזלטר");
        Product banner = rateCard.find(3).orElseThrow();
        assertThat(banner.unit()).isEqualTo(Product.Unit.WEEK);
        assertThat(banner.vatBasisPoints()).isEqualTo(1800);
        assertThat(banner.priceText()).isEqualTo("2,500.00 ₪");

        Document page = Jsoup.parse(admin.get("/newsroom/rate-card").body());
        assertThat(page.select("tbody th").eachText()).contains("כתבה ממומנת", "באנר בעמוד הבית");
        assertThat(page.select("tr#product-3").text()).contains("לשבוע", "2,500.00 ₪", "18%");
    }

    @Test
    void anAdministratorAddsAProductOnRequestAndOneWithAPrice() {
        String name = Fixtures.unique("פרויקט מיוחד");
        HttpResponse<String> created = admin.post("/newsroom/rate-card", Map.of("name", name, "description", "<b>x</b>",
                "unit", "MONTH", "price", "", "vat", "18", "active", "on", "displayOrder", "90"));
        assertThat(created.statusCode()).isEqualTo(303);
        Product onRequest = byName(name);
        assertThat(onRequest.onRequest()).isTrue();
        assertThat(onRequest.description()).isEqualTo("<b>x</b>");
        assertThat(rateCard.active()).contains(onRequest);
        String list = admin.get("/newsroom/rate-card?done=created").body();
        assertThat(list).contains("המוצר נוסף למחירון.", "לפי בקשה").doesNotContain("<b>x</b>");

        String priced = Fixtures.unique("מודעה");
        admin.post("/newsroom/rate-card", Map.of("name", priced, "unit", "DAY", "price", "1,234.5 ₪", "vat", "17.5",
                "active", "on", "displayOrder", "91"));
        Product p = byName(priced);
        assertThat(p.priceAgorot()).isEqualTo(123_450L);
        assertThat(p.vatBasisPoints()).isEqualTo(1750);
        assertThat(admin.get("/newsroom/rate-card/" + p.id()).body()).contains("value=\"1234.50\"", "value=\"17.5\"");
    }

    @Test
    void refusedInputKeepsWhatWasTypedWithAHebrewMessageBesideEachField() {
        HttpResponse<String> refused = admin.post("/newsroom/rate-card", Map.of("name", " ", "unit", "YEAR",
                "price", "-5", "vat", "120", "displayOrder", "x<script>", "description", "a".repeat(1001)));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#new-product-name-error").text()).isEqualTo("יש לתת למוצר שם.");
        assertThat(page.select("#new-product-unit-error").text()).isEqualTo("יש לבחור יחידת מכירה מהרשימה.");
        assertThat(page.select("#new-product-price-error").text()).startsWith("המחיר צריך להיות סכום בש\"ח");
        assertThat(page.select("#new-product-vat-error").text()).startsWith("שיעור המע\"מ צריך להיות אחוז");
        assertThat(page.select("#new-product-order-error").text()).isEqualTo("המקום ברשימה צריך להיות מספר שלם.");
        assertThat(page.select("#new-product-description-error").text()).contains("1,000");
        assertThat(page.select("#new-product-price").val()).isEqualTo("-5");
        assertThat(page.select("#new-product-order").val()).isEqualTo("x<script>");
        assertThat(refused.body()).doesNotContain("x<script>");
    }

    @Test
    void anEditedOrDeactivatedProductLeavesTheActiveCardButStaysFindable() {
        String name = Fixtures.unique("ניוזלטר שבועי");
        admin.post("/newsroom/rate-card", Map.of("name", name, "unit", "SLOT", "price", "500", "vat", "18",
                "active", "on", "displayOrder", "95"));
        Product p = byName(name);

        HttpResponse<String> saved = admin.post("/newsroom/rate-card/" + p.id(), Map.of("name", name + " מעודכן",
                "unit", "WEEK", "price", "650.90", "vat", "18", "active", "on", "displayOrder", "95"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(rateCard.find(p.id()).orElseThrow().priceAgorot()).isEqualTo(65_090L);

        HttpResponse<String> off = admin.post("/newsroom/rate-card/" + p.id() + "/active", Map.of("active", "false"));
        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(rateCard.active()).extracting(Product::id).doesNotContain(p.id());
        assertThat(rateCard.find(p.id()).orElseThrow().active()).isFalse();
        assertThat(Jsoup.parse(admin.get("/newsroom/rate-card").body()).select("tr#product-" + p.id()).text())
                .contains("הוצא מהמחירון");

        admin.post("/newsroom/rate-card/" + p.id() + "/active", Map.of("active", "true"));
        assertThat(rateCard.active()).extracting(Product::id).contains(p.id());
        assertThat(admin.get("/newsroom/rate-card/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void everyOtherRoleIsRefusedByThePagesAndByTheService() {
        for (Role role : List.of(Role.EDITOR, Role.WRITER)) {
            String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
            accounts.create(email, "לא מנהל", "not-an-admin-password-1", role);
            Session other = Session.login(http, email, "not-an-admin-password-1");
            assertThat(other.get("/newsroom/rate-card").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/newsroom/rate-card/1").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/rate-card", Map.of("name", "x " + role, "unit", "DAY", "vat", "18"))
                    .statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/rate-card/1", Map.of("name", "x", "unit", "DAY", "vat", "18"))
                    .statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/rate-card/1/active", Map.of("active", "false")).statusCode())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(rateCard.find(1).orElseThrow().name()).isEqualTo("כתבה ממומנת");
        assertThat(rateCard.find(1).orElseThrow().active()).isTrue();
        assertThat(Session.anonymous(http).get("/newsroom/rate-card").statusCode()).isEqualTo(302);
        // No one logged in on this thread: the service refuses on its own.
        assertThatThrownBy(() -> rateCard.setActive(1, false)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> rateCard.create(ProductFields.EMPTY)).isInstanceOf(Forbidden.class);
    }

    private Product byName(String name) {
        return rateCard.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
