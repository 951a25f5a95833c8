package io.iton.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.site.HtmlValidityIT;
import io.iton.support.AppTest;
import io.iton.support.Browser;
import io.iton.support.Fixtures;
import io.iton.support.Session;
import nu.validator.client.EmbeddedValidator;

/**
 * {@code /newsroom/backup}: for administrators only (an editor gets 403 for the page and the
 * download, a visitor the login page), valid HTML, and no axe violation at phone and desktop widths.
 */
class BackupPageIT extends AppTest {

    private static ChromeDriver browser;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void onlyAdministratorsSeeThePageOrDownload() {
        String email = Fixtures.unique("editor") + "@iton.test";
        accounts.create(email, "עורכת", BackupContract.PASSWORD, Role.EDITOR);
        Session editor = Session.login(http, email, BackupContract.PASSWORD);
        assertThat(editor.get("/newsroom/backup").statusCode()).isEqualTo(403);
        long audit = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'backup.exported'").query(Long.class).single();
        assertThat(editor.postForBytes("/newsroom/backup/export", Map.of()).statusCode()).isEqualTo(403);
        var anonymous = Session.anonymous(http).get("/newsroom/backup");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/newsroom/login");

        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.get("/newsroom").body()).contains("href=\"/newsroom/backup\"");
        var download = admin.postForBytes("/newsroom/backup/export", Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'backup.exported'").query(Long.class).single())
                .as("the download is in the audit log").isEqualTo(audit + 1);
        assertThat(admin.postForBytes("/newsroom/backup/export", Map.of("_csrf", "wrong")).statusCode())
                .as("no download without the page's CSRF token").isEqualTo(403);
    }

    @Test
    void theNuHtmlCheckerFindsNoError() throws Exception {
        String html = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD).get("/newsroom/backup").body();
        assertThat(html).contains("<h1>", "Argon2id");
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(HtmlValidityIT.errors(report)).isEmpty();
    }

    @Test
    void axeFindsNoViolationAtPhoneAndDesktopWidths() {
        browser.manage().deleteAllCookies();
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
        for (int width : List.of(360, 1280)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(http.url("/newsroom/backup"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.getViolations()).as("at %dpx: %s", width, Browser.describe(results.getViolations())).isEmpty();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("at %dpx nothing scrolls sideways", width).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, "newsroom-backup-" + width, width);
        }
    }
}
