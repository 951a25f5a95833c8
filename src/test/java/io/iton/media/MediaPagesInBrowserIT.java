package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.support.AppTest;
import io.iton.support.Browser;
import io.iton.support.Fixtures;

/** The library's newsroom pages in headless Chromium: accessible at phone and desktop widths, and usable without JavaScript. */
class MediaPagesInBrowserIT extends AppTest {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    private static ChromeDriver browser;

    @Autowired
    Accounts accounts;

    @TempDir
    static Path files;

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
    void everyMediaPageIsAccessibleAndFitsAPhone() throws IOException {
        logIn(browser, Role.WRITER);
        browser.get(http.url("/newsroom/media"));
        check("media-library-empty-or-not");

        Path svg = Files.writeString(files.resolve("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>", StandardCharsets.UTF_8);
        upload(browser, svg, "לוגו");
        assertThat(browser.findElement(By.id("media-file-error")).getText()).contains("SVG");
        assertThat(browser.findElement(By.id("media-alt")).getAttribute("value")).isEqualTo("לוגו");
        check("media-upload-refused");

        browser.get(http.url("/newsroom/media/new"));
        check("media-upload");

        upload(browser, Files.write(files.resolve("photo.jpg"), TestImages.jpeg(1600, 900)), "שקיעה מעל חוף תל אביב");
        assertThat(browser.getCurrentUrl()).contains("?uploaded");
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("התמונה הועלתה.");
        Number loaded = (Number) browser.executeScript("return document.querySelector('.media-preview img').naturalWidth");
        assertThat(loaded.intValue()).isPositive();
        check("media-edit");

        browser.get(http.url("/newsroom/media"));
        assertThat(browser.findElements(By.cssSelector(".media-grid img"))).isNotEmpty();
        check("media-library");
    }

    @Test
    void uploadingWorksWithoutJavaScript() throws IOException {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.manage().window().setSize(new Dimension(PHONE, 900));
            logIn(noScript, Role.EDITOR);
            String alt = Fixtures.unique("בלי סקריפט");
            upload(noScript, Files.write(files.resolve("still.gif"), TestImages.gif(500, 300)), alt);
            assertThat(noScript.getCurrentUrl()).contains("?uploaded");
            assertThat(noScript.findElement(By.id("media-alt")).getAttribute("value")).isEqualTo(alt);
            noScript.findElement(By.id("media-delete-confirm")).click();
            WebElement delete = noScript.findElement(By.cssSelector("form.media-delete button"));
            delete.click();
            Browser.waitUntilGone(noScript, delete, Duration.ofSeconds(30));
            assertThat(noScript.getCurrentUrl()).endsWith("/newsroom/media?deleted");
            assertThat(noScript.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("התמונה נמחקה.");
        } finally {
            noScript.quit();
        }
    }

    private void logIn(WebDriver driver, Role role) {
        String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
        accounts.create(email, "בודק", MediaContract.PASSWORD, role);
        driver.get(http.url("/newsroom/login"));
        driver.findElement(By.id("login-email")).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(MediaContract.PASSWORD);
        submit(driver);
    }

    private void upload(WebDriver driver, Path file, String alt) {
        driver.get(http.url("/newsroom/media/new"));
        driver.findElement(By.id("media-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("media-alt")).sendKeys(alt);
        submit(driver);
    }

    /** Submits the page's form and waits for the page that answers it. */
    private static void submit(WebDriver driver) {
        WebElement button = driver.findElement(By.cssSelector("form.form button[type=submit]"));
        button.click();
        Browser.waitUntilGone(driver, button, Duration.ofSeconds(30));
    }

    /** axe finds nothing at both widths, and nothing scrolls sideways on a phone. */
    private void check(String name) {
        for (int width : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.getViolations()).as("%s at %dpx: %s", name, width, results.getViolations().stream()
                    .map(rule -> rule.getId() + " " + rule.getNodes().stream().limit(3)
                            .map(node -> node.getTarget().toString()).collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("; "))).isEmpty();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("%s sideways at %dpx", name, width).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, name + "-" + width, width);
        }
    }
}
