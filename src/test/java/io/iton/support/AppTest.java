package io.iton.support;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The whole application on a random port with demo content and a bootstrap administrator, on
 * the embedded default: H2 in file mode in a fresh folder under {@code target/}. Subclasses that
 * import {@link PostgresDataSource} run the same on a fresh PostgreSQL database instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "iton.demo.enabled=true",
        "iton.admin.email=" + AppTest.ADMIN_EMAIL,
        "iton.admin.password=" + AppTest.ADMIN_PASSWORD,
        "iton.cache.max-bytes=" + AppTest.CACHE_BYTES,
        // Argon2id at its cheapest: tests log in hundreds of times; production keeps OWASP's cost.
        "iton.account.argon2-memory-kib=64",
        "iton.account.argon2-iterations=1",
        // One address (127.0.0.1) and one administrator make every request here: rate limits stay on, out of reach.
        "iton.rate-limit.searches-per-minute=1000000",
        "iton.rate-limit.api-reads-per-minute=1000000",
        "iton.rate-limit.api-writes-per-minute=1000000"})
public abstract class AppTest {

    public static final String ADMIN_EMAIL = "admin@iton.test";
    public static final String ADMIN_PASSWORD = "סיסמה-ארוכה-וחזקה-1";
    /** Small, so that a test can fill the page cache and see it hold its bound. */
    public static final long CACHE_BYTES = 2 * 1024 * 1024;
    private static final Path DATA = Path.of("target", "it-data", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    protected Http http;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("iton.data-dir", () -> DATA.toAbsolutePath().toString());
    }

    /**
     * A fresh H2 database and search index for one context, for tests that must not share the
     * common one (PostgreSQL contexts make their own database anyway). {@code name} labels the folder.
     */
    protected static void ownDatabase(DynamicPropertyRegistry registry, String name) {
        Path folder = Path.of("target", "it-data", name + "-" + UUID.randomUUID());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.toAbsolutePath().resolve("iton")
                + TestDb.H2_OPTIONS);
        registry.add("iton.search.index-dir", () -> folder.resolve("search").toAbsolutePath().toString());
    }

    /** An in-process SMTP server (GreenMail) on a free port, started, for tests that read the mail back. */
    protected static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    /** Sends the application's mail to {@code mail}. */
    protected static void mailTo(DynamicPropertyRegistry registry, GreenMail mail) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }
}
