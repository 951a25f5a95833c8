package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.site.HtmlValidityIT;
import io.iton.support.Browser;
import io.iton.support.Fixtures;
import nu.validator.client.EmbeddedValidator;

/**
 * The sales desk in a real headless Chromium turns a lead into a quote and sends it; axe finds
 * no violation on the quote pages and the rate card at 360 px and 1280 px, nothing scrolls
 * sideways at 360 px, and the Nu Html Checker finds no error on any of them.
 */
class QuoteDeskInBrowserIT extends AdvertTestBase {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    private static ChromeDriver browser;

    @Autowired
    Leads leads;

    @Autowired
    Quotes quotes;

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

    private void logIn(String email, String password) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(DESKTOP, 900));
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void theSalesDeskTurnsALeadIntoAQuoteAndSendsIt() {
        long lead = QuoteFixtures.lead(jdbc, "שירה לוי", "מאפיית השכונה", Fixtures.unique("shira") + "@example.com", "NEW");
        UserAccount sales = user(Role.SALES);
        logIn(sales.email(), PASSWORD);

        browser.get(http.url("/newsroom/leads/" + lead));
        browser.findElement(By.cssSelector("a[href='/newsroom/leads/" + lead + "/quotes/new']")).click();
        waitFor(d -> !d.findElements(By.id("line0-product")).isEmpty());
        assertAccessible("quote-new");
        new Select(browser.findElement(By.id("line0-product"))).selectByValue("1");
        browser.findElement(By.id("line0-quantity")).clear();
        browser.findElement(By.id("line0-quantity")).sendKeys("3");
        browser.findElement(By.id("line0-discount")).clear();
        browser.findElement(By.id("line0-discount")).sendKeys("7.5");
        browser.findElement(By.id("line0-price")).sendKeys("99.99");
        new Select(browser.findElement(By.id("line1-product"))).selectByValue("2");
        browser.findElement(By.id("line1-quantity")).clear();
        browser.findElement(By.id("line1-quantity")).sendKeys("0");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(d -> !d.findElements(By.id("line1-quantity-error")).isEmpty());
        assertThat(browser.findElement(By.id("line0-price")).getDomProperty("value")).isEqualTo("99.99");
        assertAccessible("quote-new-refused");

        new Select(browser.findElement(By.id("line1-product"))).selectByValue("");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".quote-sheet")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".quote-total")).getText()).contains("327.41 ₪");
        assertAccessible("quote");

        browser.findElement(By.cssSelector("form[action$='/send'] button")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".notice.ok")).isEmpty()
                && d.getCurrentUrl().contains("done=sent"));
        assertThat(browser.findElement(By.cssSelector(".quote-status")).getText()).contains("נשלחה");
        assertThat(leads.find(lead).orElseThrow().status()).isEqualTo(LeadStatus.QUOTE_SENT);
        assertAccessible("quote-sent");
        browser.get(http.url("/newsroom/leads/" + lead));
        assertThat(browser.findElement(By.cssSelector(".lead-quotes")).getText()).contains("נשלחה", "327.41 ₪");
        assertAccessible("lead-with-quote");

        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get(http.url("/newsroom/rate-card"));
        assertAccessible("rate-card");
        browser.get(http.url("/newsroom/rate-card/1"));
        assertAccessible("rate-card-edit");
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnTheQuotePagesAndTheRateCard() throws Exception {
        long lead = QuoteFixtures.lead(jdbc, "עדי <b>בר</b>", "", Fixtures.unique("adi") + "@example.com", "NEW");
        DeskClient desk = loggedIn(user(Role.SALES));
        var created = desk.post("/newsroom/leads/" + lead + "/quotes", withToken(desk, lead,
                QuoteFixtures.lines(quotes.today().toString(), "1|2|10|", "4|1|0|")));
        String quotePath = location(created).replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("new quote", desk.get("/newsroom/leads/" + lead + "/quotes/new").body());
        pages.put("refused quote", desk.post("/newsroom/leads/" + lead + "/quotes", withToken(desk, lead,
                QuoteFixtures.lines("x", "1|0|0|", "2|1|200|"))).body());
        pages.put("quote", desk.get(quotePath + "?done=created").body());
        DeskClient admin = client();
        admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        pages.put("rate card", admin.get("/newsroom/rate-card").body());
        pages.put("rate card edit", admin.get("/newsroom/rate-card/1").body());
        pages.put("rate card refused", admin.submit("/newsroom/rate-card", "/newsroom/rate-card",
                Map.of("name", "", "unit", "DAY", "price", "x", "vat", "18")).body());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        for (var page : pages.entrySet()) {
            assertThat(page.getValue()).as(page.getKey()).contains("<h1").doesNotContain("<b>בר</b>");
            String report = validator.validate(new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8)));
            assertThat(HtmlValidityIT.errors(report)).as(page.getKey()).isEmpty();
        }
    }

    private static List<Map.Entry<String, String>> withToken(DeskClient desk, long lead,
                                                             List<Map.Entry<String, String>> fields) {
        var all = new ArrayList<>(desk.formOn("/newsroom/leads/" + lead + "/quotes/new",
                "/newsroom/leads/" + lead + "/quotes").entrySet());
        all.addAll(fields);
        return all;
    }

    private void assertAccessible(String page) {
        for (int width : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.getViolations()).as("%s at %dpx: %s", page, width,
                    Browser.describe(results.getViolations())).isEmpty();
            if (width == PHONE) {
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as(page + " scrolls sideways at 360 px").isLessThanOrEqualTo(0);
            }
            Browser.screenshot(browser, "advert-" + page + "-" + width, width);
        }
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
