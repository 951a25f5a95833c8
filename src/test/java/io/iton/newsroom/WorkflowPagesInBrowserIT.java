package io.iton.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.AppTest;
import io.iton.support.Browser;
import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workflow's pages in a real headless Chromium: the administrators' review settings page
 * (accessible at phone and desktop widths, a refused grant keeps its input beside a Hebrew message)
 * and an article page carrying a correction.
 */
class WorkflowPagesInBrowserIT extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Integer> WIDTHS = List.of(360, 1280);
    private static ChromeDriver browser;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

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

    private void logInAsAdmin() {
        browser.manage().deleteAllCookies();
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD);
        submitAndWait(browser.findElement(By.cssSelector("form.form button[type=submit]")));
    }

    /** Posts the element's form and waits for the next page, so nothing is read from the old one. */
    private static void submitAndWait(WebElement inForm) {
        WebElement page = browser.findElement(By.tagName("html"));
        inForm.submit();
        Browser.waitUntilGone(browser, page, Duration.ofSeconds(15));
    }

    private void assertAccessible(String name) {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.getViolations()).as("%s at %dpx: %s", name, width, Browser.describe(results.getViolations()))
                    .isEmpty();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("%s sideways at %dpx", name, width).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, name + "-" + width, width);
        }
    }

    @Test
    void administratorsSetCategoryReviewsAndGrantKindsOnAnAccessiblePage() {
        String lawyer = Fixtures.unique("lawyer") + "@iton.test";
        accounts.create(lawyer, "יועצת משפטית", "סיסמה-ארוכה-לבדיקה", Role.EDITOR);
        logInAsAdmin();
        browser.get(http.url("/newsroom/reviews"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("אישורים נדרשים");
        assertAccessible("newsroom-reviews");

        long security = DemoData.categoryId(jdbc, "security");
        browser.findElement(By.id("kinds-" + security + "-CENSOR")).click();
        submitAndWait(browser.findElement(By.cssSelector("form.reviews-categories button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("ההגדרות נשמרו.");
        assertThat(browser.findElement(By.id("kinds-" + security + "-CENSOR")).isSelected()).isTrue();

        browser.findElement(By.id("grant-email")).sendKeys("nobody@iton.test");
        submitAndWait(browser.findElement(By.id("grant-email")));
        assertThat(browser.findElement(By.id("grant-email-error")).getText())
                .isEqualTo("אין חשבון בחדר החדשות עם כתובת הדוא\"ל הזאת.");
        assertThat(browser.findElement(By.id("grant-email")).getAttribute("value")).isEqualTo("nobody@iton.test");
        assertAccessible("newsroom-reviews-error");

        browser.findElement(By.id("grant-email")).clear();
        browser.findElement(By.id("grant-email")).sendKeys(lawyer);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("grant-kind"))).selectByValue("LEGAL");
        submitAndWait(browser.findElement(By.id("grant-email")));
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains(lawyer, "ייעוץ משפטי");

        browser.findElement(By.id("kinds-" + security + "-CENSOR")).click();
        submitAndWait(browser.findElement(By.cssSelector("form.reviews-categories button[type=submit]")));
        assertThat(browser.findElement(By.id("kinds-" + security + "-CENSOR")).isSelected()).isFalse();

        // What an administrator saw is never kept for anyone else: the page cache stays out of the newsroom.
        var anonymous = http.get("/newsroom/reviews?saved");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");
    }

    @Test
    void anArticleWithACorrectionIsAccessible() {
        String body = JSON.writeValueAsString(Map.of("title", "כתבה עם תיקון " + Fixtures.unique(""), "subtitle", "משנה",
                "body", "<p>גוף</p>", "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "world"), "tags", List.of()));
        var created = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", body).body());
        long id = created.get("id").asLong();
        http.asAdmin("POST", "/api/v1/articles/" + id + "/publish", "{\"version\":0}");
        http.asAdmin("POST", "/api/v1/articles/" + id + "/corrections", "{\"text\":\"תוקן מועד הפגישה: יום שלישי, לא שני.\"}");
        String url = created.get("url").asString();
        browser.get(http.url(url.substring(url.indexOf("/article/"))));
        assertThat(browser.findElement(By.cssSelector(".corrections")).getText()).contains("תוקן מועד הפגישה");
        assertAccessible("article-with-correction");
    }
}
