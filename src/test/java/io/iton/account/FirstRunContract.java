package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.iton.support.AppTest;

/**
 * A fresh install with no administrator in the environment: the set-up page creates the first
 * one (once, even when two people submit it at the same moment) and is gone afterwards; without
 * mail configured, a reset link goes to the log in one line. The tests run in order: the first
 * two need the empty database the others leave behind them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FirstRunContract extends AppTest {

    private static final String PASSWORD = "סיסמת-המנהלת-הראשונה";
    private static final Pattern LOGGED_LINK =
            Pattern.compile("^Password reset link for (\\S+): http://localhost:8080(/newsroom/password-reset/[A-Za-z0-9_-]{43})$");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void noAdministratorFromTheEnvironment(DynamicPropertyRegistry registry) {
        registry.add("iton.admin.email", () -> "");
        registry.add("iton.admin.password", () -> "");
        OwnData.database(registry, "first-run");
    }

    @Test
    @Order(1)
    void withNoAccountTheLoginPageLinksToSetUpWhichExplainsBadInput() {
        assertThat(accounts.noneExist()).isTrue();
        var person = new NewsroomClient(port, "192.0.2.10");
        Document login = Jsoup.parse(person.get("/newsroom/login").body());
        assertThat(login.select("a[href=/newsroom/setup]")).hasSize(1);
        assertThat(person.get("/newsroom/setup").statusCode()).isEqualTo(200);

        var refused = person.submit("/newsroom/setup", "/newsroom/setup", Map.of("displayName", "",
                "email", "not-an-email", "password", "short", "passwordRepeat", "short"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.selectFirst("#setup-name-error").text()).isEqualTo("יש להזין שם.");
        assertThat(form.selectFirst("#setup-email-error").text()).isEqualTo("כתובת הדוא\"ל אינה תקינה.");
        assertThat(form.selectFirst("#setup-password-error").text()).isEqualTo("הסיסמה קצרה מדי (לפחות 12 תווים).");
        assertThat(form.selectFirst("#setup-email").attr("value")).isEqualTo("not-an-email");
        assertThat(form.selectFirst("#setup-password").attr("value")).isEmpty();

        var mismatch = person.submit("/newsroom/setup", "/newsroom/setup", Map.of("displayName", "רונית",
                "email", "ronit@iton.test", "password", PASSWORD, "passwordRepeat", PASSWORD + "!"));
        assertThat(Jsoup.parse(mismatch.body()).selectFirst("#setup-password-repeat-error").text())
                .isEqualTo("שתי הסיסמאות אינן זהות.");
        assertThat(accounts.noneExist()).isTrue();
    }

    @Test
    @Order(2)
    void twoSetUpsAtOnceCreateOneAdministratorAndThenSetUpIsGone() throws Exception {
        var first = new NewsroomClient(port, "192.0.2.11");
        var second = new NewsroomClient(port, "192.0.2.12");
        String firstToken = csrf(first);
        String secondToken = csrf(second);
        var barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> setUps = List.of(
                    () -> setUp(barrier, first, firstToken, "first@iton.test"),
                    () -> setUp(barrier, second, secondToken, "second@iton.test"));
            for (Future<HttpResponse<String>> answer : pool.invokeAll(setUps)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT role FROM app_user").query(String.class).single()).isEqualTo("ADMIN");

        var later = new NewsroomClient(port, "192.0.2.13");
        assertThat(later.get("/newsroom/setup").statusCode()).isEqualTo(404);
        assertThat(later.submit("/newsroom/login", "/newsroom/setup", Map.of("displayName", "x", "email", "late@iton.test",
                "password", PASSWORD, "passwordRepeat", PASSWORD)).statusCode()).isEqualTo(404);
        Document login = Jsoup.parse(later.get("/newsroom/login").body());
        assertThat(login.select("a[href=/newsroom/setup]")).isEmpty();
        String admin = jdbc.sql("SELECT email FROM app_user").query(String.class).single();
        assertThat(later.login(admin, PASSWORD, false).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    @Order(3)
    void withoutMailTheResetLinkIsLoggedInOneLine() {
        String admin = jdbc.sql("SELECT email FROM app_user WHERE role = 'ADMIN' ORDER BY id").query(String.class).list().getFirst();
        Logger log = (Logger) LoggerFactory.getLogger(AccountMail.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            var person = new NewsroomClient(port, "192.0.2.14");
            person.submit("/newsroom/password-reset", "/newsroom/password-reset", Map.of("email", admin));
            assertThat(lines.list).hasSize(1);
            var line = LOGGED_LINK.matcher(lines.list.getFirst().getFormattedMessage());
            assertThat(line.matches()).as(lines.list.getFirst().getFormattedMessage()).isTrue();
            assertThat(line.group(1)).isEqualTo(admin);
            String fresh = "סיסמה-מהקישור-ביומן";
            var done = person.submit(line.group(2), line.group(2), Map.of("password", fresh, "passwordRepeat", fresh));
            assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?done=reset");
            assertThat(person.login(admin, fresh, false).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        } finally {
            log.detachAppender(lines);
        }
    }

    private static String csrf(NewsroomClient person) {
        return Jsoup.parse(person.get("/newsroom/setup").body()).selectFirst("input[name=_csrf]").attr("value");
    }

    private static HttpResponse<String> setUp(CyclicBarrier barrier, NewsroomClient person, String csrf, String email)
            throws Exception {
        barrier.await();
        return person.post("/newsroom/setup", Map.of("displayName", "מנהלת", "email", email,
                "password", PASSWORD, "passwordRepeat", PASSWORD, "_csrf", csrf));
    }
}
