package io.iton.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, never a
 * downloaded browser. Missing, the browser tests are skipped and say so, unless
 * {@code ITON_TEST_BROWSER=required} (as CI sets it), which makes them fail.
 */
public final class Browser {

    public static final String CHROMIUM = env("ITON_CHROMIUM", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = env("ITON_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static void assumeInstalled() {
        if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
            return;
        }
        String why = "Browser tests SKIPPED: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver). Set ITON_TEST_BROWSER=required to make this a failure.";
        if ("required".equalsIgnoreCase(System.getenv("ITON_TEST_BROWSER"))) {
            Assertions.fail(why);
        }
        System.err.println(why);
        Assumptions.abort(why);
    }

    /** A fresh headless browser with its own profile; {@code javascript=false} reads pages as without scripts. */
    public static ChromeDriver start(boolean javascript) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=he-IL", "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves the whole page at this width to {@code target/screenshots/NAME.png}, for people to look at. */
    public static Path screenshot(ChromeDriver driver, String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 50, 8000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(width, 900));
        }
    }

    /** Axe's violations as lines a person can act on: the rule, its impact, and the first few places. */
    public static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("\n").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp());
            rule.getNodes().stream().limit(3).forEach(node -> text.append("\n    ").append(node.getTarget())
                    .append(" ").append(node.getFailureSummary()));
        }
        return text.toString();
    }

    /**
     * Waits until a page a click replaced is gone. Chromium sometimes reports the old node as "not
     * belonging to the document" instead of stale; both mean the same: the next page is there.
     */
    public static void waitUntilGone(WebDriver driver, WebElement element, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
