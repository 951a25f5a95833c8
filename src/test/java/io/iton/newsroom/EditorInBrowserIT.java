package io.iton.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.article.Actor;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.support.AppTest;
import io.iton.support.Browser;

/**
 * The article editor in headless Chromium: writing with the rich-text editor and publishing,
 * the same without JavaScript, the edit conflict, and axe on every editor page.
 */
class EditorInBrowserIT extends AppTest {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleEditor editor;

    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorWritesWithTheRichTextEditorAndPublishes() {
        browser = loggedIn(true);
        browser.get(http.url("/newsroom/articles/new"));
        browser.findElement(By.id("field-title")).sendKeys("ראש הממשלה בביקור במוסקבה");
        browser.findElement(By.id("field-subtitle")).sendKeys("פגישות בקרמלין");
        new Select(browser.findElement(By.id("field-categoryId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("field-authorId"))).selectByIndex(1);
        var body = browser.findElement(By.cssSelector(".quill-holder .ql-editor"));
        body.click();
        body.sendKeys("הפסקה הראשונה על צה״ל ושיתוף הפעולה", Keys.ENTER, "והפסקה השנייה");
        browser.findElement(By.id("field-tags")).sendKeys("רוסיה, ביטחון");
        browser.findElement(By.cssSelector("button[value='save']")).click();

        waitForText(By.cssSelector(".notice.ok"), "נשמרה");
        long id = idFromUrl();
        String stored = jdbc.sql("SELECT body FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("<p>הפסקה הראשונה על צה״ל ושיתוף הפעולה</p>").contains("<p>והפסקה השנייה</p>")
                .doesNotContain("&nbsp;").doesNotContain("ql-");

        browser.findElement(By.cssSelector("button[value='publish']")).click();
        waitForText(By.cssSelector(".notice.ok"), "פורסמה");
        browser.findElement(By.linkText("צפייה באתר")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/article/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ראש הממשלה בביקור במוסקבה");
        assertThat(browser.findElement(By.cssSelector(".article-body")).getText()).contains("והפסקה השנייה");
    }

    @Test
    void withoutJavaScriptAPlainFormStillSavesParagraphs() {
        browser = loggedIn(false);
        browser.get(http.url("/newsroom/articles/new"));
        assertThat(browser.findElements(By.cssSelector(".ql-editor"))).isEmpty();
        browser.findElement(By.id("field-title")).sendKeys("כתבה בלי סקריפטים");
        new Select(browser.findElement(By.id("field-categoryId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("field-authorId"))).selectByIndex(1);
        browser.findElement(By.id("field-body")).sendKeys("שורה אחת", Keys.ENTER, Keys.ENTER, "שורה <b>שתיים</b>");
        browser.findElement(By.cssSelector("button[value='save']")).click();

        long id = idFromUrl();
        String stored = jdbc.sql("SELECT body FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).isEqualTo("<p>שורה אחת</p>\n<p>שורה &lt;b&gt;שתיים&lt;/b&gt;</p>");
        assertThat(browser.findElement(By.id("field-body")).getAttribute("value"))
                .isEqualTo("שורה אחת\n\nשורה <b>שתיים</b>");
    }

    @Test
    void aSaveOverAColleaguesNewerVersionShowsBothAndKeepsTheUsersText() {
        browser = loggedIn(true);
        var article = editor.create(new ArticleDraft("הכותרת המקורית", "", "<p>גוף</p>", "", 1L, 1L, List.of(), null,
                null), Actor.SYSTEM);
        browser.get(http.url("/newsroom/articles/" + article.id()));
        editor.update(article.id(), article.version(), new ArticleDraft("הכותרת של העמיתה", "", "<p>גוף אחר</p>", "",
                1L, 1L, List.of(), null, null), Actor.SYSTEM);

        var title = browser.findElement(By.id("field-title"));
        title.clear();
        title.sendKeys("הכותרת שלי");
        browser.findElement(By.cssSelector("button[value='save']")).click();

        waitForText(By.cssSelector(".notice.error"), "מישהו אחר שמר");
        assertThat(browser.findElement(By.cssSelector(".conflict-title")).getText()).isEqualTo("הכותרת של העמיתה");
        assertThat(browser.findElement(By.id("field-title")).getAttribute("value")).isEqualTo("הכותרת שלי");
        assertAxeClean("editor-conflict");

        browser.findElement(By.cssSelector("button[value='save']")).click();
        waitForText(By.cssSelector(".notice.ok"), "נשמרה");
        assertThat(jdbc.sql("SELECT title FROM article WHERE id = ?").param(article.id()).query(String.class).single())
                .isEqualTo("הכותרת שלי");
    }

    @Test
    void axeFindsNoViolationOnTheNewsroomPages() {
        browser = Browser.start(true);
        browser.get(http.url("/newsroom/login"));
        assertAxeClean("newsroom-login");
        logIn(browser);
        for (String path : List.of("/newsroom", "/newsroom/articles", "/newsroom/articles/new", "/newsroom/articles/1",
                "/newsroom/articles?status=PUBLISHED&q=%D7%A8%D7%95%D7%A1%D7%99%D7%94")) {
            browser.get(http.url(path));
            assertAxeClean("newsroom" + path.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        browser.get(http.url("/newsroom/articles/new"));
        browser.findElement(By.cssSelector("button[value='save']")).click();
        waitForText(By.cssSelector(".field .error"), "חובה");
        assertAxeClean("newsroom-editor-refused");
    }

    private void assertAxeClean(String name) {
        for (int width : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Browser.screenshot(browser, name + "-" + width, width);
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.getViolations()).as("%s at %dpx: %s", name, width, results.getViolations().stream()
                    .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                    .toList()).isEmpty();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("%s sideways scroll at %dpx", name, width).isLessThanOrEqualTo(0);
        }
    }

    private ChromeDriver loggedIn(boolean javascript) {
        ChromeDriver driver = Browser.start(javascript);
        logIn(driver);
        return driver;
    }

    private void logIn(ChromeDriver driver) {
        driver.get(http.url("/newsroom/login"));
        driver.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
        driver.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/newsroom"));
    }

    /** After a click that posts a form, the next page: wait for its message rather than read the old page. */
    private void waitForText(By locator, String text) {
        // the old page may go while its elements are read: that is not yet the answer, look again
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)));
    }

    private long idFromUrl() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/newsroom/articles/\\d+$"));
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
