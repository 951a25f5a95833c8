package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import io.iton.support.Fixtures;

/**
 * Logging in and out of the newsroom, "remember me", changing one's own account, and the
 * lock-out of password guessing on the form and the API, against the running application and
 * its real database. Each test makes its own accounts and comes from its own client address.
 */
abstract class AccountContract extends AccountTestBase {

    @Test
    void loginGoesOnToThePageAskedForUnderANewSessionId() {
        var writer = user(Role.WRITER);
        var browser = client();
        var asked = browser.get("/newsroom/account");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(location(asked)).endsWith("/newsroom/login");
        String before = browser.cookie("SESSION").orElseThrow();

        var login = browser.login(writer.email(), PASSWORD, false);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).contains("/newsroom/account");
        assertThat(browser.cookie("SESSION").orElseThrow()).isNotEqualTo(before);
        assertThat(browser.cookie(SecurityConfiguration.REMEMBER_ME_COOKIE)).isEmpty();

        var account = browser.get("/newsroom/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(page(account).select("main").text()).contains(writer.email());
        assertThat(jdbc.sql("SELECT last_login_at FROM app_user WHERE id = :id").param("id", writer.id())
                .query(java.time.OffsetDateTime.class).single()).isNotNull();
    }

    @Test
    void aWrongPasswordSaysSoInHebrewAndKeepsTheEmailAndIsLoggedWithoutThePassword() {
        var writer = user(Role.WRITER);
        var browser = client();
        Logger log = (Logger) LoggerFactory.getLogger(LoginGuard.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        HttpResponse<String> login;
        try {
            login = browser.login(writer.email(), "not-the-password", false);
        } finally {
            log.detachAppender(lines);
        }
        assertThat(location(login)).endsWith("/newsroom/login?error");
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .contains("Failed login for " + writer.email(), "(1 in a row)").doesNotContain("not-the-password");
        Document form = page(browser.get("/newsroom/login?error"));
        assertThat(form.selectFirst(".notice.error").text()).isEqualTo("הדוא\"ל או הסיסמה שגויים.");
        assertThat(form.selectFirst("#login-email").attr("value")).isEqualTo(writer.email());
        assertThat(browser.get("/newsroom/account").statusCode()).isEqualTo(302);
    }

    @Test
    void rememberMeOutlivesTheSessionUntilLogout() {
        var editor = user(Role.EDITOR);
        var browser = client();
        browser.login(editor.email(), PASSWORD, true);
        String token = browser.cookie(SecurityConfiguration.REMEMBER_ME_COOKIE).orElseThrow();
        assertThat(rememberMeTokens(editor)).isEqualTo(1);

        var laterVisit = client();
        laterVisit.setCookie(SecurityConfiguration.REMEMBER_ME_COOKIE, token);
        assertThat(laterVisit.get("/newsroom/account").statusCode()).isEqualTo(200);

        var logout = laterVisit.submit("/newsroom/account", "/newsroom/logout", Map.of());
        assertThat(location(logout)).endsWith("/newsroom/login?logout");
        assertThat(rememberMeTokens(editor)).isZero();
        assertThat(page(laterVisit.get("/newsroom/login?logout")).selectFirst(".notice.ok").text()).isEqualTo("יצאת מהמערכת.");

        var thief = client();
        thief.setCookie(SecurityConfiguration.REMEMBER_ME_COOKIE, token);
        assertThat(thief.get("/newsroom/account").statusCode()).isEqualTo(302);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsRememberMe() {
        var writer = user(Role.WRITER);
        var browser = client();
        browser.login(writer.email(), PASSWORD, true);
        assertThat(rememberMeTokens(writer)).isEqualTo(1);
        String fresh = "סיסמה-חדשה-וארוכה-מאוד";

        var wrong = browser.submit("/newsroom/account", "/newsroom/account/password",
                Map.of("currentPassword", "guess-guess-guess", "password", "short", "passwordRepeat", "other"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        Document refused = page(wrong);
        assertThat(refused.selectFirst("#account-current-error").text()).isEqualTo("הסיסמה הנוכחית שגויה.");
        assertThat(refused.selectFirst("#account-new-error").text()).contains("12");
        assertThat(refused.selectFirst("#account-new").attr("aria-invalid")).isEqualTo("true");

        var mismatch = browser.submit("/newsroom/account", "/newsroom/account/password",
                Map.of("currentPassword", PASSWORD, "password", fresh, "passwordRepeat", fresh + "x"));
        assertThat(page(mismatch).selectFirst("#account-repeat-error").text()).isEqualTo("שתי הסיסמאות אינן זהות.");

        var changed = browser.submit("/newsroom/account", "/newsroom/account/password",
                Map.of("currentPassword", PASSWORD, "password", fresh, "passwordRepeat", fresh));
        assertThat(location(changed)).endsWith("/newsroom/account?saved=password");
        assertThat(rememberMeTokens(writer)).isZero();
        assertThat(client().login(writer.email(), PASSWORD, false).headers().firstValue("Location").orElseThrow())
                .endsWith("?error");
        assertThat(location(client().login(writer.email(), fresh, false))).doesNotContain("error");
    }

    @Test
    void renamingShowsTheNewNameAndRefusesABlankOne() {
        var writer = user(Role.WRITER);
        var browser = client();
        browser.login(writer.email(), PASSWORD, false);
        var blank = browser.submit("/newsroom/account", "/newsroom/account/name", Map.of("displayName", "  "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(page(blank).selectFirst("#account-name-error").text()).isEqualTo("יש להזין שם.");

        var renamed = browser.submit("/newsroom/account", "/newsroom/account/name", Map.of("displayName", "דנה <b>לוי</b>"));
        assertThat(location(renamed)).endsWith("/newsroom/account?saved=name");
        Document shown = page(browser.get("/newsroom/account?saved=name"));
        assertThat(shown.selectFirst("#account-name").attr("value")).isEqualTo("דנה <b>לוי</b>");
        assertThat(shown.select("main b")).isEmpty();
        assertThat(accounts.get(writer.id()).displayName()).isEqualTo("דנה <b>לוי</b>");
    }

    @Test
    void fiveFailedFormLoginsLockTheAccountForAMinuteWithAHebrewMessage() {
        var writer = user(Role.WRITER);
        var browser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.login(writer.email(), "wrong-" + i, false))).endsWith("?error");
        }
        var locked = browser.login(writer.email(), PASSWORD, false);
        assertThat(location(locked)).endsWith("/newsroom/login?error");
        Document form = page(browser.get("/newsroom/login?error"));
        assertThat(form.selectFirst(".notice.error").text())
                .isEqualTo("היו יותר מדי ניסיונות כניסה כושלים. אפשר לנסות שוב בעוד דקה.");
        assertThat(form.selectFirst("#login-email").attr("value")).isEqualTo(writer.email());
        assertThat(client().get("/newsroom/account").statusCode()).isEqualTo(302);

        clock.advance(Duration.ofSeconds(61));
        var unlocked = browser.login(writer.email(), PASSWORD, false);
        assertThat(location(unlocked)).doesNotContain("error");
        assertThat(browser.get("/newsroom/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswers429WithRetryAfterWhileLockedAndTheLockGrows() {
        var editor = user(Role.EDITOR);
        var caller = client();
        for (int i = 0; i < 5; i++) {
            assertThat(caller.api(editor.email(), "wrong-" + i, "/api/v1/articles?scope=all").statusCode()).isEqualTo(401);
        }
        var locked = caller.api(editor.email(), PASSWORD, "/api/v1/articles?scope=all");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(55L, 60L));
        assertThat(locked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(locked.body()).contains("\"status\":429").contains("יותר מדי ניסיונות כניסה כושלים");

        clock.advance(Duration.ofSeconds(61));
        assertThat(caller.api(editor.email(), "wrong-again", "/api/v1/articles?scope=all").statusCode()).isEqualTo(401);
        var longer = caller.api(editor.email(), PASSWORD, "/api/v1/articles?scope=all");
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(longer.headers().firstValue("Retry-After").orElseThrow())).isBetween(115L, 120L);
        assertThat(longer.body()).contains("בעוד 2 דקות");

        clock.advance(Duration.ofSeconds(121));
        assertThat(caller.api(editor.email(), PASSWORD, "/api/v1/articles?scope=all").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE id = :id").param("id", editor.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownOnItsOwn() {
        var writer = user(Role.WRITER);
        var guesser = client();
        for (int i = 0; i < 8; i++) {
            assertThat(guesser.api(Fixtures.unique("nobody") + "@iton.test", "guess", "/api/v1/articles?scope=all")
                    .statusCode()).isEqualTo(401);
        }
        var slowed = guesser.api(writer.email(), PASSWORD, "/api/v1/articles?scope=all");
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        assertThat(location(guesser.login(writer.email(), PASSWORD, false))).endsWith("?error");

        assertThat(client().api(writer.email(), PASSWORD, "/api/v1/articles?scope=all").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        assertThat(guesser.api(writer.email(), PASSWORD, "/api/v1/articles?scope=all").statusCode()).isEqualTo(200);
    }
}
