package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.iton.support.AppTest;
import io.iton.support.Browser;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account pages in a real headless Chromium, from a fresh install on: set-up, login,
 * "my account", users, password reset. Each page, and each page showing refused input, has no
 * axe violation at 360 px and 1280 px, reads right to left and never scrolls sideways on a phone.
 * The tests run in order, as a first administrator would go.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountPagesInBrowserIT extends AppTest {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    private static final String EMAIL = "first-admin@iton.test";
    private static final String PASSWORD = "סיסמה-ארוכה-לדפדפן";
    private static final Pattern LOGGED_LINK = Pattern.compile("http://localhost:8080(/newsroom/password-reset/\\S+)$");
    /** The outermost elements that reach past either side of the window, to say what a phone scrolls sideways for. */
    private static final String STICKING_OUT = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')].filter(e => {
              const box = e.getBoundingClientRect();
              return (box.left < -1 || box.right > width + 1) && !e.parentElement.closest('.table-wrap');
            }).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left)).join(', ');""";
    private static ChromeDriver browser;

    @DynamicPropertySource
    static void noAdministratorFromTheEnvironment(DynamicPropertyRegistry registry) {
        registry.add("iton.admin.email", () -> "");
        registry.add("iton.admin.password", () -> "");
        OwnData.database(registry, "account-pages");
    }

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
    @Order(1)
    void setUpPageEmptyAndWithErrors() {
        open("/newsroom/setup");
        check("setup");
        fill("setup-name", "");
        fill("setup-email", "not-an-email");
        fill("setup-password", "short");
        submit();
        assertThat(browser.findElement(By.id("setup-email-error")).getText()).isEqualTo("כתובת הדוא\"ל אינה תקינה.");
        check("setup-errors");

        fill("setup-name", "מנהלת ראשונה");
        fill("setup-email", EMAIL);
        fill("setup-password", PASSWORD);
        fill("setup-password-repeat", PASSWORD);
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/newsroom/login?done=setup");
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("החשבון נוצר. אפשר להיכנס.");
    }

    @Test
    @Order(2)
    void loginPageAndAFailedLogin() {
        open("/newsroom/login");
        check("login");
        logIn("wrong-password-here");
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("הדוא\"ל או הסיסמה שגויים.");
        assertThat(browser.findElement(By.id("login-email")).getDomProperty("value")).isEqualTo(EMAIL);
        check("login-error");
    }

    @Test
    @Order(3)
    void loggedInPagesMyAccountAndUsers() {
        open("/newsroom/account");
        assertThat(browser.getCurrentUrl()).endsWith("/newsroom/login");
        logIn(PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/newsroom/account");
        check("account");
        fill("account-current", "not-my-password");
        fill("account-new", "short");
        var before = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[action='/newsroom/account/password'] button")).click();
        Browser.waitUntilGone(browser, before, Duration.ofSeconds(20));
        assertThat(browser.findElement(By.id("account-current-error")).getText()).isEqualTo("הסיסמה הנוכחית שגויה.");
        check("account-errors");

        open("/newsroom/users/new");
        check("users-new");
        fill("user-email", EMAIL);
        submit();
        assertThat(browser.findElement(By.id("user-email-error")).getText()).contains("כבר קיים");
        check("users-new-errors");
        fill("user-name", "כתבת שטח עם שם ארוך במיוחד שלא נגמר");
        fill("user-email", "reporter-with-a-rather-long-address@iton.test");
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/newsroom/users");
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("reporter-with-a-rather-long-address");
        check("users");
    }

    @Test
    @Order(4)
    void passwordResetPages() {
        browser.manage().deleteAllCookies();
        Logger log = (Logger) LoggerFactory.getLogger(AccountMail.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            open("/newsroom/password-reset");
            check("password-reset");
            fill("reset-email", EMAIL);
            submit();
            assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).startsWith("אם קיים חשבון פעיל");
            check("password-reset-sent");
        } finally {
            log.detachAppender(lines);
        }
        var link = LOGGED_LINK.matcher(lines.list.getFirst().getFormattedMessage());
        assertThat(link.find()).isTrue();
        open(link.group(1));
        check("password-choose");
        fill("choose-password", "קצרה");
        submit();
        check("password-choose-errors");
        open("/newsroom/password-reset/not-a-real-token");
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText()).startsWith("הקישור אינו תקף");
        check("password-choose-invalid");
    }

    @Test
    @Order(5)
    void withoutJavaScriptLoginAndRememberMeWork() {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.manage().window().setSize(new Dimension(PHONE, 800));
            noScript.get(http.url("/newsroom/account"));
            noScript.findElement(By.id("login-email")).sendKeys(EMAIL);
            noScript.findElement(By.id("login-password")).sendKeys(PASSWORD);
            noScript.findElement(By.id("login-remember")).click();
            noScript.findElement(By.cssSelector("form.form button[type=submit]")).click();
            new WebDriverWait(noScript, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/newsroom/account"));
            assertThat(noScript.manage().getCookieNamed(SecurityConfiguration.REMEMBER_ME_COOKIE)).isNotNull();
            noScript.manage().deleteCookieNamed("SESSION");
            noScript.get(http.url("/newsroom/account"));
            assertThat(noScript.findElement(By.tagName("h1")).getText()).isEqualTo("החשבון שלי");
        } finally {
            noScript.quit();
        }
    }

    private void open(String path) {
        browser.manage().window().setSize(new Dimension(DESKTOP, 900));
        browser.get(http.url(path));
    }

    private static void fill(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void logIn(String password) {
        fill("login-email", EMAIL);
        fill("login-password", password);
        submit();
    }

    /** Submits the page's form and waits for the page that answers it. */
    private static void submit() {
        var before = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.waitUntilGone(browser, before, Duration.ofSeconds(20));
    }

    /**
     * Valid HTML5 by the Nu Html Checker (these pages run no script, so the DOM is the page as
     * sent); then axe at both widths, right to left, nothing sideways on a phone, a screenshot of each.
     */
    private static void check(String name) {
        String html = "<!DOCTYPE html>" + browser.executeScript("return document.documentElement.outerHTML");
        assertThat(nuErrors(html)).as("%s is valid HTML5", name).isEmpty();
        for (int width : List.of(PHONE, DESKTOP)) {
            Browser.screenshot(browser, "account-" + name + "-" + width, width);
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.getViolations()).as("%s at %dpx: %s", name, width, describe(results.getViolations())).isEmpty();
            assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("%s sideways at %dpx: %s", name, width, browser.executeScript(STICKING_OUT))
                    .isLessThanOrEqualTo(0);
        }
    }

    private static List<String> nuErrors(String html) {
        try {
            var validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JsonMapper.builder().build().readTree(report).get("messages")) {
                if (!"info".equals(message.path("type").asString())) {
                    errors.add(message.path("message").asString() + " «" + message.path("extract").asString() + "»");
                }
            }
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
