package io.iton.advert;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The running application as the advertising contracts need it: its own database, client
 * addresses from {@code X-Forwarded-For} (each client its own, so per-address limits of one test
 * leave the others alone), a small per-address limit, and mail to an in-process SMTP server
 * (GreenMail) that tests read back. The outbox job never runs by itself here: tests send what is
 * due with {@link OutboxSender#sendDue()}, so they decide when mail leaves.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "iton.advert.sales-email=sales@iton.test", "iton.advert.mail-from=desk@iton.test",
        "iton.advert.requests-per-address=3", "iton.advert.min-fill-time=3s",
        "iton.advert.form-key=test-form-key", "iton.advert.outbox-initial-delay=PT24H"})
abstract class AdvertTestBase extends AppTest {

    static final String PASSWORD = "סיסמה-ארוכה-של-מכירות";
    static final GreenMail MAIL = startMail();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxSender sender;

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        mailTo(registry, MAIL);
        ownDatabase(registry, "advert");
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        sender.sendDue();
        MAIL.purgeEmailFromAllMailboxes();
    }

    /** A visitor or newsroom user from an address of their own (documentation ranges; nothing is sent there). */
    DeskClient client() {
        int n = ADDRESSES.incrementAndGet();
        return new DeskClient(port, "203.0." + (113 + n / 250) + "." + (1 + n % 250));
    }

    UserAccount user(Role role) {
        return accounts.create(Fixtures.unique("user") + "@iton.test", "איש מכירות " + Fixtures.unique(""),
                PASSWORD, role);
    }

    DeskClient loggedIn(UserAccount user) {
        DeskClient client = client();
        client.login(user.email(), PASSWORD);
        return client;
    }

    static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
