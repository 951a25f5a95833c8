package io.iton.ops;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import io.iton.support.AppTest;

/**
 * The application with small rate limits, behind a trusted proxy (the test sends
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, so each test is its own client), with
 * controllers that fail on purpose ({@link FaultyController}), in a database and search index of
 * its own: other contexts of the run expect the defaults.
 */
@Import(FaultyController.class)
@TestPropertySource(properties = {
        "iton.rate-limit.enabled=true",
        "iton.rate-limit.searches-per-minute=" + OpsTest.SEARCHES,
        "iton.rate-limit.api-reads-per-minute=" + OpsTest.API_READS,
        "iton.rate-limit.api-writes-per-minute=" + OpsTest.API_WRITES,
        "server.forward-headers-strategy=native",
        "server.tomcat.max-http-form-post-size=64KB"})
abstract class OpsTest extends AppTest {

    static final int SEARCHES = 5;
    static final int API_READS = 40;
    static final int API_WRITES = 10;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        ownDatabase(registry, "ops");
    }
}
