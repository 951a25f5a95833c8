package io.iton.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.iton.support.AppTest;
import io.iton.support.Browser;

/**
 * Issue 3's "done when", in a real browser, in the running program: the bootstrap administrator
 * creates a writer and an editor; the writer uploads an image, drafts an article with it and
 * submits it; the editor schedules it for the next minute; at that minute it appears on the
 * public site, in its category and on its tag page, and not before.
 */
class NewsroomDayInBrowserIT extends AppTest {

    private static final String PASSWORD = "סיסמה-של-יום-חדשות-1";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private ChromeDriver admin;
    private ChromeDriver writer;
    private ChromeDriver editor;

    @AfterEach
    void quit() {
        for (ChromeDriver driver : new ChromeDriver[] {admin, writer, editor}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aWriterDraftsWithAnImageAnEditorSchedulesItAndReadersSeeItAtItsMinute() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String writerEmail = "writer-" + suffix + "@iton.test";
        String editorEmail = "editor-" + suffix + "@iton.test";
        String title = "יום חדשות " + suffix + ": הקבינט התכנס";
        String tag = "יום-חדשות-" + suffix;

        admin = logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        createUser(admin, "כתבת היום", writerEmail, "WRITER");
        createUser(admin, "עורך היום", editorEmail, "EDITOR");

        writer = logIn(writerEmail, PASSWORD);
        writer.get(http.url("/newsroom/media/new"));
        Path photo = Files.createTempFile("kabinet", ".jpg");
        ImageIO.write(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        writer.findElement(By.id("media-file")).sendKeys(photo.toAbsolutePath().toString());
        writer.findElement(By.id("media-alt")).sendKeys("חדר הקבינט " + suffix);
        writer.findElement(By.cssSelector("main form button[type='submit']")).click();
        waitUntil(writer, d -> d.getCurrentUrl().contains("uploaded"));

        writer.get(http.url("/newsroom/articles/new"));
        writer.findElement(By.id("field-title")).sendKeys(title);
        new Select(writer.findElement(By.id("field-categoryId"))).selectByVisibleText("מדיני");
        new Select(writer.findElement(By.id("field-authorId"))).selectByIndex(1);
        new Select(writer.findElement(By.id("field-featuredImageId"))).selectByVisibleText("חדר הקבינט " + suffix);
        var body = writer.findElement(By.cssSelector(".quill-holder .ql-editor"));
        body.click();
        body.sendKeys("הקבינט הביטחוני התכנס הערב לדיון על צה״ל בגבול הצפון.");
        writer.findElement(By.id("field-tags")).sendKeys(tag);
        writer.findElement(By.cssSelector("button[value='save']")).click();
        waitForText(writer, ".notice.ok", "נשמרה");
        assertThat(writer.findElements(By.cssSelector("button[value='publish']"))).as("writers cannot publish").isEmpty();
        writer.findElement(By.cssSelector("button[value='submit']")).click();
        waitForText(writer, ".notice.ok", "נשלחה לעריכה");
        String editPath = writer.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));

        editor = logIn(editorEmail, PASSWORD);
        editor.get(http.url("/newsroom"));
        editor.findElement(By.cssSelector("#dashboard-review")).findElement(By.linkText(title)).click();
        waitUntil(editor, d -> d.getCurrentUrl().endsWith(editPath));
        ZonedDateTime minute = ZonedDateTime.now(ZoneId.of("Asia/Jerusalem")).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        editor.executeScript("arguments[0].value = arguments[1]", editor.findElement(By.id("field-publishAt")),
                LOCAL.format(minute));
        editor.findElement(By.cssSelector("button[value='schedule']")).click();
        waitForText(editor, ".notice.ok", "תוזמנה");
        Browser.screenshot(editor, "newsroom-day-scheduled", 1280);

        String tagPath = "/tag/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
        if (ZonedDateTime.now(minute.getZone()).isBefore(minute.minusSeconds(2))) {
            assertThat(http.get("/article/" + id).statusCode()).as("not before its minute").isEqualTo(404);
            assertThat(http.get("/category/politics").body()).doesNotContain(title);
        }

        new WebDriverWait(admin, Duration.ofSeconds(120), Duration.ofSeconds(2)).until(d ->
                http.get("/article/" + id).statusCode() == 301
                        && http.get("/category/politics").body().contains(title)
                        && http.get(tagPath).body().contains(title));
        assertThat(ZonedDateTime.now(minute.getZone())).as("not before its minute").isAfterOrEqualTo(minute);

        admin.get(http.url("/article/" + id));
        waitUntil(admin, d -> d.getCurrentUrl().contains("/article/" + id + "/"));
        assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(admin.findElement(By.cssSelector("figure.featured-image img")).getAttribute("alt"))
                .isEqualTo("חדר הקבינט " + suffix);
        Browser.screenshot(admin, "newsroom-day-public", 360);
    }

    private void createUser(ChromeDriver driver, String name, String email, String role) {
        driver.get(http.url("/newsroom/users/new"));
        driver.findElement(By.id("user-name")).sendKeys(name);
        driver.findElement(By.id("user-email")).sendKeys(email);
        new Select(driver.findElement(By.id("user-role"))).selectByValue(role);
        driver.findElement(By.id("user-password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        waitUntil(driver, d -> d.getCurrentUrl().endsWith("/newsroom/users"));
        assertThat(driver.getPageSource()).contains(email);
    }

    private ChromeDriver logIn(String email, String password) {
        ChromeDriver driver = Browser.start(true);
        driver.get(http.url("/newsroom/login"));
        driver.findElement(By.id("login-email")).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(password, Keys.ENTER);
        waitUntil(driver, d -> d.getCurrentUrl().endsWith("/newsroom"));
        return driver;
    }

    private static void waitUntil(ChromeDriver driver, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> what) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(what::apply);
    }

    private static void waitForText(ChromeDriver driver, String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }
}
