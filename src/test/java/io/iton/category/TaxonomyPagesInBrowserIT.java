package io.iton.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.support.AppTest;
import io.iton.support.Browser;
import io.iton.support.DemoData;

/**
 * The category and tag pages of the newsroom in a real headless Chromium: axe finds no violation at phone and desktop widths (also with refused input on the page),
 * nothing scrolls sideways at 360 px, and ordering the header and merging work by forms alone.
 */
class TaxonomyPagesInBrowserIT extends AppTest {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    /** With JavaScript, which axe needs to run; our pages have none of their own. */
    private static ChromeDriver browser;
    /** Without JavaScript, to show that every action is a plain form. */
    private static ChromeDriver plain;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(true);
        plain = Browser.start(false);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (plain != null) {
            plain.quit();
        }
    }

    @BeforeEach
    void loggedIn() {
        for (ChromeDriver driver : List.of(browser, plain)) {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new Dimension(DESKTOP, 900));
            driver.get(http.url("/newsroom/login"));
            driver.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
            driver.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD);
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            waitFor(driver, d -> !d.getCurrentUrl().contains("/login"));
        }
    }

    @Test
    void axeFindsNoViolationOnTheTaxonomyPagesAtPhoneAndDesktopWidths() {
        long politics = DemoData.categoryId(jdbc, "politics");
        long tag = jdbc.sql("SELECT id FROM tag ORDER BY id LIMIT 1").query(Long.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("newsroom-categories", "/newsroom/categories");
        pages.put("newsroom-category", "/newsroom/categories/" + politics);
        pages.put("newsroom-tags", "/newsroom/tags");
        pages.put("newsroom-tags-search", "/newsroom/tags?q=%D7%91%D7%A8%D7%95%D7%A1%D7%99%D7%94");
        pages.put("newsroom-tag", "/newsroom/tags/" + tag);
        for (var page : pages.entrySet()) {
            for (int width : List.of(PHONE, DESKTOP)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(http.url(page.getValue()));
                assertAccessible(page.getKey(), width);
                Browser.screenshot(browser, page.getKey() + "-" + width, width);
            }
        }
    }

    @Test
    void refusedInputIsShownAccessiblyBesideTheFieldWithWhatWasTyped() {
        browser.get(http.url("/newsroom/categories"));
        WebElement name = browser.findElement(By.id("new-category-name"));
        name.sendKeys(jdbc.sql("SELECT name FROM category WHERE slug = 'politics'").query(String.class).single());
        browser.findElement(By.id("new-category-slug")).sendKeys("כתובת עם רווחים");
        browser.findElement(By.cssSelector("section.panel form button[type=submit]")).click();
        waitFor(browser, d -> !d.findElements(By.id("new-category-name-error")).isEmpty());

        assertThat(browser.findElement(By.id("new-category-name-error")).getText()).isEqualTo("כבר קיימת קטגוריה בשם זה.");
        assertThat(browser.findElement(By.id("new-category-slug-error")).getText()).contains("אינה תקינה");
        assertThat(browser.findElement(By.id("new-category-slug")).getDomProperty("value")).isEqualTo("כתובת עם רווחים");
        for (int width : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            assertAccessible("newsroom-categories-refused", width);
            Browser.screenshot(browser, "newsroom-categories-refused-" + width, width);
        }

        long tag = jdbc.sql("SELECT id FROM tag ORDER BY id LIMIT 1").query(Long.class).single();
        browser.get(http.url("/newsroom/tags/" + tag));
        browser.findElement(By.id("merge-target")).sendKeys("אין תגית כזאת");
        browser.findElement(By.cssSelector("form[action$='/merge'] button[type=submit]")).click();
        waitFor(browser, d -> !d.findElements(By.id("merge-target-error")).isEmpty());
        assertThat(browser.findElement(By.id("merge-target-error")).getText()).isEqualTo("לא נמצאה תגית בשם הזה.");
        assertAccessible("newsroom-tag-refused", DESKTOP);
    }

    @Test
    void theHeaderOrderChangesWithTheMoveButtonsWithoutJavaScript() {
        List<String> before = headerOrder();
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);

        AssertionError failed = null;
        try {
            moveDown(before.get(0));
            assertThat(plain.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("סדר הכותרת העליונה עודכן.");
            assertThat(headerOrder().subList(0, 2)).containsExactly(before.get(1), before.get(0));
        } catch (AssertionError e) {
            failed = e;
            throw e;
        } finally {
            putBack(before, failed);
        }
    }

    /**
     * The header as the other tests on this database expect it, through the app so that its kept
     * pages are dropped too; a failure here does not hide the test's own.
     */
    private void putBack(List<String> before, AssertionError failed) {
        try {
            if (headerOrder().getFirst().equals(before.get(1))) {
                moveDown(before.get(1));
            }
        } catch (RuntimeException e) {
            if (failed == null) {
                throw e;
            }
            failed.addSuppressed(e);
        }
    }

    private List<String> headerOrder() {
        plain.get(http.url("/"));
        return plain.findElements(By.cssSelector(".featured-nav a")).stream().map(WebElement::getText).toList();
    }

    private void moveDown(String category) {
        plain.get(http.url("/newsroom/categories"));
        long id = DemoData.categoryId(jdbc, jdbc.sql("SELECT slug FROM category WHERE name = :n")
                .param("n", category).query(String.class).single());
        plain.findElement(By.cssSelector("#category-" + id + " form input[value=down] ~ button")).click();
        waitFor(plain, d -> !d.findElements(By.cssSelector(".notice.ok")).isEmpty());
    }

    @Test
    void nothingScrollsSidewaysAt360Pixels() {
        browser.manage().window().setSize(new Dimension(PHONE, 800));
        long tag = jdbc.sql("SELECT id FROM tag ORDER BY id LIMIT 1").query(Long.class).single();
        for (String path : List.of("/newsroom/categories", "/newsroom/categories/" + DemoData.categoryId(jdbc, "politics"),
                "/newsroom/tags", "/newsroom/tags/" + tag)) {
            browser.get(http.url(path));
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as(path).isLessThanOrEqualTo(0);
            assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        }
    }

    /** A click that submits a form returns before the next page is there; this waits for it. */
    private static void waitFor(WebDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    private static void assertAccessible(String page, int width) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.getViolations()).as("%s at %dpx: %s", page, width, describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("\n").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp());
            rule.getNodes().stream().limit(3).forEach(node -> text.append("\n    ").append(node.getTarget())
                    .append(" ").append(node.getFailureSummary()));
        }
        return text.toString();
    }
}
