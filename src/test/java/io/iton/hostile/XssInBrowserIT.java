package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.iton.support.Browser;

/**
 * The stored payloads in a real browser: Chromium opens every public and newsroom page that shows
 * them, and none of the scripts they carry runs (each would set {@code window.__pwned}). First it
 * opens a page where such a payload does run, so a browser that never ran scripts cannot pass.
 * On the embedded database: what matters here is the browser, not the engine.
 */
class XssInBrowserIT extends HostileTestBase {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noStoredPayloadRunsInChromium() throws Exception {
        HostileContent.Stored s = HostileContent.store(this);
        String email = io.iton.support.Fixtures.unique("browser") + "@iton.test";
        AdvertXssContract.request(http, Map.of("name", Payloads.labelled("name"), "company", Payloads.labelled("company"),
                "message", Payloads.labelled("message"), "email", email));
        long lead = jdbc.sql("SELECT id FROM ad_lead WHERE email = :email").param("email", email).query(Long.class).single();
        AdvertXssContract.product(admin(), Payloads.labelled("product"), Payloads.labelled("description"));
        browser = Browser.start(true);

        browser.get("data:text/html," + URLEncoder.encode(Payloads.BREAKOUT, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(pwned()).as("the payload runs where nothing neutralizes it").isNotEqualTo("undefined");

        List<String> ran = new ArrayList<>();
        for (String path : List.of(s.articlePath(), "/", "/category/" + s.categorySlug(), "/tag/" + s.tagSlug(),
                "/author/" + s.authorSlug(), "/search?q=" + SqlInjectionContract.enc(s.typed().get("title").split(" ")[0]),
                "/advertise")) {
            visit(path, ran);
        }
        logIn();
        for (String path : List.of("/newsroom", "/newsroom/articles", "/newsroom/articles/" + s.articleId(),
                "/newsroom/articles/" + s.articleId() + "/preview", "/newsroom/articles/" + s.articleId() + "/revisions",
                "/newsroom/categories", "/newsroom/tags", "/newsroom/media", "/newsroom/media/" + s.imageId(),
                "/newsroom/users", "/newsroom/audit", "/newsroom/leads", "/newsroom/leads/" + lead, "/newsroom/outbox", "/newsroom/rate-card")) {
            visit(path, ran);
        }
        assertThat(ran).as("pages where a stored payload ran").isEmpty();
    }

    private void visit(String path, List<String> ran) {
        browser.get(http.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        if (!"undefined".equals(pwned())) {
            ran.add(path);
        }
    }

    private Object pwned() {
        return browser.executeScript("return typeof window." + Payloads.MARK);
    }

    private void logIn() {
        browser.get(http.url("/newsroom/login"));
        browser.findElement(By.id("login-email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/newsroom"));
    }
}
