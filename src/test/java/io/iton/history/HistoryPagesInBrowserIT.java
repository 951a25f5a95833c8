package io.iton.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

import io.iton.support.AppTest;
import io.iton.support.Browser;

/** The revisions list, the compare page and the audit log in a real headless Chromium. */
class HistoryPagesInBrowserIT extends AppTest {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    private static ChromeDriver browser;

    @Autowired
    JdbcClient jdbc;

    private long articleId;
    private long first;
    private long second;

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

    @BeforeEach
    void anArticleWithTwoRevisionsAndALoggedInAdministrator() {
        HistoryTestData data = new HistoryTestData(jdbc);
        articleId = data.create(http, RevisionContract.TITLE, RevisionContract.SUBTITLE, RevisionContract.BODY);
        http.asAdmin("PUT", "/api/v1/articles/" + articleId, data.article(RevisionContract.TITLE.replace("מחזקת", "מהדקת"),
                RevisionContract.SUBTITLE, RevisionContract.BODY.replace("תקף", "הפציץ") + "<p>פסקה חדשה.</p>",
                List.of("רוסיה", "ישראל", "יחסים מדיניים ארוכי טווח בין המדינות"), 0));
        first = jdbc.sql("SELECT MIN(id) FROM article_revision WHERE article_id = :id").param("id", articleId)
                .query(Long.class).single();
        second = jdbc.sql("SELECT MAX(id) FROM article_revision WHERE article_id = :id").param("id", articleId)
                .query(Long.class).single();
        browser.manage().deleteAllCookies();
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
    }

    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("revisions", "/newsroom/articles/" + articleId + "/revisions");
        pages.put("revisions-compare", "/newsroom/articles/" + articleId + "/revisions/compare?from=" + first + "&to=" + second);
        pages.put("audit", "/newsroom/audit");
        pages.put("audit-refused-filter", "/newsroom/audit?article=abc&from=2025-03-02&to=2025-03-01");
        return pages;
    }

    @Test
    void axeFindsNoViolationAtPhoneAndDesktopWidthsAndNothingScrollsSideways() {
        for (var page : pages().entrySet()) {
            for (int width : List.of(PHONE, DESKTOP)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(http.url(page.getValue()));
                assertThat(browser.findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotBlank();
                Results results = new AxeBuilder().analyze(browser);
                assertThat(results.getViolations()).as("%s at %dpx: %s", page.getKey(), width,
                        Browser.describe(results.getViolations())).isEmpty();
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as("%s at %dpx scrolls sideways", page.getKey(), width).isLessThanOrEqualTo(0);
                assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
                Browser.screenshot(browser, "newsroom-" + page.getKey() + "-" + width, width);
            }
        }
    }

    @Test
    void insertionsAndDeletionsAreMarkedByLinesAndWordsNotByColourAlone() {
        browser.get(http.url(pages().get("revisions-compare")));
        WebElement inserted = browser.findElement(By.cssSelector("#diff-title ~ p ins"));
        WebElement deleted = browser.findElement(By.cssSelector("#diff-title ~ p del"));
        assertThat(inserted.getCssValue("text-decoration-line")).isEqualTo("underline");
        assertThat(deleted.getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(inserted.getAttribute("textContent")).startsWith("נוסף:").contains("מהדקת");
        assertThat(deleted.getAttribute("textContent")).startsWith("נמחק:").contains("מחזקת");
        Number labelWidth = (Number) browser.executeScript(
                "return arguments[0].querySelector('.visually-hidden').getBoundingClientRect().width", inserted);
        assertThat(labelWidth.doubleValue()).as("the spoken label takes no room on screen").isLessThanOrEqualTo(1);
    }

    @Test
    void comparingTwoChosenRevisionsWorksWithTheMenusAlone() {
        browser.get(http.url(pages().get("revisions")));
        browser.findElement(By.cssSelector("form.history-choose button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/revisions/compare"));
        assertThat(browser.getCurrentUrl()).contains("/revisions/compare?from=" + first + "&to=" + second);
        assertThat(browser.findElement(By.cssSelector(".history-body ins")).getAttribute("textContent")).contains("הפציץ");
    }
}
