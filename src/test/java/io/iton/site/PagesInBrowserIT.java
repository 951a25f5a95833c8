package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.support.AppTest;
import io.iton.support.Browser;
import io.iton.support.PublicPages;
import io.iton.support.SeedPage;

/** The public pages in a real headless Chromium: accessibility, phone and desktop, keyboard, no JavaScript. */
class PagesInBrowserIT extends AppTest {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    private static ChromeDriver browser;

    @Autowired
    JdbcClient jdbc;

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

    private Map<String, String> pages() {
        return PublicPages.of(jdbc);
    }

    @Test
    void axeFindsNoViolationOnAnyPublicPageAtPhoneAndDesktopWidths() {
        for (var page : pages().entrySet()) {
            assertThat(http.get(page.getValue()).statusCode()).as(page.getKey())
                    .isEqualTo(PublicPages.expectedStatus(page.getKey()));
            for (int width : List.of(PHONE, DESKTOP)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(http.url(page.getValue()));
                Results results = new AxeBuilder().analyze(browser);
                assertThat(results.getViolations()).as("%s at %dpx: %s", page.getKey(), width,
                        Browser.describe(results.getViolations())).isEmpty();
                Browser.screenshot(browser, page.getKey() + "-" + width, width);
            }
        }
    }

    @Test
    void everyPageFitsA360PixelPhoneWithoutSideways() {
        browser.manage().window().setSize(new Dimension(PHONE, 800));
        for (var page : pages().entrySet()) {
            browser.get(http.url(page.getValue()));
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as(page.getKey()).isLessThanOrEqualTo(0);
            assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsIntoTheContent() {
        browser.get(http.url(pages().get("article")));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("דילוג לתוכן");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#content");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("content");
    }

    @Test
    void copyLinkCopiesWithJavaScriptAndBackToTopReturnsToTheTop() {
        browser.manage().window().setSize(new Dimension(PHONE, 800));
        browser.get(http.url(pages().get("article")));
        WebElement copy = browser.findElement(By.cssSelector("button.copy-button"));
        assertThat(copy.isDisplayed()).isTrue();
        browser.executeScript("arguments[0].scrollIntoView()", copy);
        copy.click();
        // the clipboard answers asynchronously; on a busy machine the message comes a moment later
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.cssSelector(".copy-status")).getText().equals("הקישור הועתק"));

        WebElement toTop = browser.findElement(By.cssSelector("a.to-top"));
        assertThat(toTop.getAccessibleName()).isEqualTo("חזרה לראש העמוד");
        toTop.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                ((Number) ((ChromeDriver) d).executeScript("return window.scrollY")).intValue() == 0);
    }

    @Test
    void withoutJavaScriptTheArticleReadsAndTheLinkCanStillBeCopiedByHand() {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.manage().window().setSize(new Dimension(PHONE, 800));
            noScript.get(http.url(pages().get("article")));
            assertThat(noScript.findElement(By.tagName("h1")).getText()).isEqualTo(SeedPage.TITLE);
            assertThat(noScript.findElements(By.cssSelector(".article-body h2"))).hasSize(5);
            assertThat(noScript.findElement(By.cssSelector("button.copy-button")).isDisplayed()).isFalse();
            WebElement url = noScript.findElement(By.id("share-url"));
            assertThat(url.isDisplayed()).isTrue();
            assertThat(url.getAttribute("value")).contains("/article/");
            Browser.screenshot(noScript, "article-no-javascript-" + PHONE, PHONE);
        } finally {
            noScript.quit();
        }
    }
}
