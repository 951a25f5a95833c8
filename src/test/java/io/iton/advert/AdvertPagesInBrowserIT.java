package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.site.HtmlValidityIT;
import io.iton.support.Browser;
import io.iton.support.Fixtures;
import io.iton.support.SeedPage;
import nu.validator.client.EmbeddedValidator;

/**
 * In a real Chromium on a 360 px phone: a visitor follows the seed article's call to action to
 * the form, gets it back with messages, sends it, reads the reference; then the sales desk logs
 * in and finds the lead. axe finds no violation on any of those pages, none scrolls sideways, and
 * the Nu Html Checker finds no error on the form, its refusals, the inbox, a lead and the outbox.
 */
class AdvertPagesInBrowserIT extends AdvertTestBase {

    private static final int PHONE = 360;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromTheSeedArticlesCallToActionThroughTheFormToTheDeskInbox() throws Exception {
        // The browser's own client address, as every test here has one: other tests in this
        // application may have used up the per-address allowance of 127.0.0.1.
        browser.executeCdpCommand("Network.enable", java.util.Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", "10.77.0." + (1 + new java.util.Random().nextInt(250)))));
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        browser.get(http.url(SeedPage.canonicalPath(jdbc, http)));
        WebElement cta = browser.findElement(By.linkText("רוצה לפרסם אצלנו ? הצעת מחיר?"));
        cta.click();
        Browser.waitUntilGone(browser, cta, Duration.ofSeconds(10));
        assertThat(browser.getCurrentUrl()).endsWith("/advertise");
        Instant shown = Instant.now();
        check("advertise");

        WebElement submit = browser.findElement(By.cssSelector(".advertise-submit"));
        submit.click();
        Browser.waitUntilGone(browser, submit, Duration.ofSeconds(10));
        assertThat(browser.findElement(By.id("advertise-name-error")).getText()).isEqualTo("נא לכתוב את שמך.");
        check("advertise-refused");

        String company = "קפה בגליל " + Fixtures.unique("");
        browser.findElement(By.id("advertise-name")).sendKeys("נועה לוי");
        browser.findElement(By.id("advertise-company")).sendKeys(company);
        browser.findElement(By.id("advertise-email")).sendKeys(Fixtures.unique("noa") + "@iton.test");
        browser.findElement(By.id("advertise-phone")).sendKeys("052-555-1234");
        browser.findElements(By.name("products")).get(0).click();
        browser.findElement(By.id("advertise-message")).sendKeys("נשמח לשמוע על כתבה ממומנת.");
        browser.findElement(By.id("advertise-consent")).click();
        long left = Duration.ofMillis(3500).minus(Duration.between(shown, Instant.now())).toMillis();
        if (left > 0) {
            Thread.sleep(left);  // a person takes at least the minimum fill time; the rule under test
        }
        submit = browser.findElement(By.cssSelector(".advertise-submit"));
        submit.click();
        Browser.waitUntilGone(browser, submit, Duration.ofSeconds(10));
        assertThat(browser.getCurrentUrl()).endsWith("/advertise/sent");
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).containsPattern("מספר הפנייה שלך: AD-\\d{4}-[2-9A-Z]{8}");
        check("advertise-sent");
        String status = jdbc.sql("SELECT status FROM ad_lead WHERE company = :c").param("c", company).query(String.class).single();
        assertThat(status).isEqualTo("NEW");

        UserAccount sales = user(Role.SALES);
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(sales.email());
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        WebElement login = browser.findElement(By.cssSelector("form[action='/newsroom/login'] button[type=submit]"));
        login.click();
        Browser.waitUntilGone(browser, login, Duration.ofSeconds(10));
        assertThat(browser.getCurrentUrl()).endsWith("/newsroom/leads");
        check("leads");
        WebElement row = browser.findElements(By.cssSelector(".leads-table tbody tr")).stream()
                .filter(r -> r.getText().contains(company)).findFirst().orElseThrow();
        WebElement open = row.findElement(By.tagName("a"));
        open.click();
        Browser.waitUntilGone(browser, open, Duration.ofSeconds(10));
        assertThat(browser.findElement(By.cssSelector(".lead-company")).getText()).isEqualTo(company);
        check("lead");
        browser.get(http.url("/newsroom/outbox"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("h1")).getText().equals("דואר יוצא"));
        check("outbox");
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnTheDeskPages() throws Exception {
        DeskClient visitor = client();
        Map<String, String> fields = visitor.formOn("/advertise", "/advertise");
        fields.putAll(Map.of("name", "", "email", "x", "phone", "1", "message", "א".repeat(6000), "dateFrom", "2001-01-01"));
        fields.put("formToken", timingToken());
        String refused = visitor.post("/advertise", fields).body();
        fields.putAll(Map.of("name", "דנה", "company", "חברה " + Fixtures.unique(""), "email", "d@iton.test",
                "phone", "03-6234567", "message", "שלום", "dateFrom", "", "consent", "true", "products",
                Long.toString(jdbc.sql("SELECT MIN(id) FROM advert_product WHERE active").query(Long.class).single())));
        fields.put("formToken", timingToken());
        visitor.post("/advertise", fields);
        long id = jdbc.sql("SELECT MAX(id) FROM ad_lead").query(Long.class).single();
        DeskClient desk = client();
        desk.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("advertise", visitor.get("/advertise").body());
        pages.put("advertise refused", refused);
        pages.put("leads", desk.get("/newsroom/leads").body());
        pages.put("lead", desk.get("/newsroom/leads/" + id).body());
        pages.put("outbox", desk.get("/newsroom/outbox").body());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        for (var page : pages.entrySet()) {
            assertThat(page.getValue()).as(page.getKey()).contains("<h1>");
            String report = validator.validate(new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8)));
            assertThat(HtmlValidityIT.errors(report)).as(page.getKey()).isEmpty();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    FormTiming timing;

    private String timingToken() {
        return timing.issue(Instant.now().minusSeconds(10));
    }

    private void check(String name) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.getViolations()).as("%s: %s", name, Browser.describe(results.getViolations())).isEmpty();
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(name + " scrolls sideways").isLessThanOrEqualTo(0);
        Browser.screenshot(browser, name + "-" + PHONE, PHONE);
    }
}
