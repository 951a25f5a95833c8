package io.iton.account;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import io.iton.support.AppTest;
import io.iton.support.Fixtures;

/**
 * The running application as the account contracts need it: a clock they can move, client
 * addresses taken from {@code X-Forwarded-For} (so each test has its own), a small per-address
 * limit, and mail going to an in-process SMTP server (GreenMail) that tests read back.
 */
@Import(MovableClock.Config.class)
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "iton.account.address-failures=8",
        "iton.account.mail-from=newsroom@iton.test"})
abstract class AccountTestBase extends AppTest {

    static final String PASSWORD = "סיסמה-ארוכה-של-בדיקה";
    static final GreenMail MAIL = startMail();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    /** Lives as long as the test JVM, like the cached application contexts that send to it. */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        mailTo(registry, MAIL);
        OwnData.database(registry, "accounts");
    }

    /** A client from an address of its own (documentation ranges; nothing is sent there). */
    NewsroomClient client() {
        int n = ADDRESSES.incrementAndGet();
        return new NewsroomClient(port, "198.51." + (100 + n / 250) + "." + (1 + n % 250));
    }

    UserAccount user(Role role) {
        return accounts.create(Fixtures.unique("user") + "@iton.test", "משתמש בדיקה", PASSWORD, role);
    }

    long rememberMeTokens(UserAccount account) {
        return jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = :email").param("email", account.email())
                .query(Long.class).single();
    }

    static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
