package io.iton.hostile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.support.AppTest;
import io.iton.support.Fixtures;
import io.iton.support.Http;
import io.iton.support.Session;

/**
 * The running application as the hostile input suite attacks it: its own database (one context
 * for the whole suite), the advertising desk mailing a sales inbox through its outbox, every
 * second, to an in-process SMTP server (GreenMail) the tests read back, and per-address limits
 * out of reach.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "iton.advert.sales-email=sales@iton.test", "iton.advert.mail-from=desk@iton.test",
        "iton.advert.min-fill-time=1s", "iton.advert.form-key=hostile-form-key",
        "iton.advert.requests-per-address=100000", "iton.advert.outbox-initial-delay=PT1S",
        "iton.advert.outbox-interval=PT1S",
        "iton.account.address-failures=100000"})
abstract class HostileTestBase extends AppTest {

    static final String PASSWORD = "סיסמה-ארוכה-לתוקף";

    static final GreenMail MAIL = startMail();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void ownDatabaseAndMail(DynamicPropertyRegistry registry) {
        mailTo(registry, MAIL);
        ownDatabase(registry, "hostile");
    }

    /** A new account of this role, with a display name of the caller's choosing. */
    UserAccount user(Role role, String displayName) {
        return accounts.create(Fixtures.unique(role.name().toLowerCase()) + "@iton.test", displayName, PASSWORD, role);
    }

    UserAccount user(Role role) {
        return user(role, "חבר מערכת " + Fixtures.unique(""));
    }

    Session login(UserAccount account) {
        return Session.login(http, account.email(), PASSWORD);
    }

    /** For the helpers of this package, which AppTest's protected fields do not reach. */
    Http client() {
        return http;
    }

    int serverPort() {
        return port;
    }

    /** A {@code Location} as a path on this site (Spring answers an upload with an absolute address). */
    static String path(java.net.http.HttpResponse<?> answer) {
        return answer.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: "
                + answer.statusCode())).replaceFirst("^https?://[^/]+", "");
    }

    Session admin() {
        return Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
    }
}
