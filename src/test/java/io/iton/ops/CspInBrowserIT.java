package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.Browser;
import io.iton.support.PublicPages;

/**
 * The Content-Security-Policy does not break a page: headless Chromium on the article page, the
 * newsroom editor (Quill, its toolbar, typing and formatting) and the media pages, with every
 * policy violation the browser raises collected from the first byte of each page on.
 */
class CspInBrowserIT extends AppTest {

    /** Runs before any page script, in every document: each violation the page raises is kept. */
    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber);
            });
            """;

    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start(true);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) browser.executeScript("return window.__cspViolations || ['recorder missing']");
    }

    private void open(String path) {
        browser.get(http.url(path));
        assertThat(browser.executeScript("return document.readyState")).isEqualTo("complete");
        assertThat(violations()).as(path).isEmpty();
    }

    @Test
    void thePublicPagesRaiseNoViolation() {
        String article = PublicPages.of(jdbc).get("article");
        open(article);
        assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']"))).isNotEmpty();
        assertThat(browser.executeScript("return typeof window.__cspViolations")).isEqualTo("object");
        open(article);  // the kept copy from the page cache, with the same policy
        open("/");
        open("/search?q=" + java.net.URLEncoder.encode("רוסיה", java.nio.charset.StandardCharsets.UTF_8));
        open("/no/such/page");

        // The recorder hears a real violation: an inline script is refused, and does not run.
        browser.executeScript("var s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
                + " document.body.appendChild(s);");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !violations().isEmpty());
        assertThat(violations().getFirst()).startsWith("script-src");
        assertThat(browser.executeScript("return window.__inline === undefined")).isEqualTo(true);
    }

    @Test
    void theEditorAndTheMediaPagesWorkUnderThePolicy() {
        logIn();
        open("/newsroom/articles/new");
        var body = browser.findElement(By.cssSelector(".quill-holder .ql-editor"));
        body.click();
        body.sendKeys("פסקה ראשונה", Keys.ENTER, "כותרת משנה");
        browser.findElement(By.cssSelector(".ql-toolbar .ql-bold")).click();
        body.sendKeys(" מודגש");
        browser.findElement(By.cssSelector(".ql-toolbar .ql-header .ql-picker-label")).click();
        browser.findElement(By.cssSelector(".ql-toolbar .ql-header .ql-picker-item[data-value='2']")).click();
        assertThat(browser.findElements(By.cssSelector(".ql-editor h2"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".ql-editor strong"))).hasSize(1);
        browser.findElement(By.cssSelector(".ql-toolbar .ql-link")).click();
        assertThat(violations()).as("the editor after typing and formatting").isEmpty();

        open("/newsroom/media");
        open("/newsroom/media/new");
        open("/newsroom");
    }

    private void logIn() {
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/newsroom"));
        assertThat(violations()).as("login and dashboard").isEmpty();
    }
}
