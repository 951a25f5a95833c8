package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import io.iton.support.AppTest;
import io.iton.support.Http;

/**
 * With {@code MANAGEMENT_SERVER_PORT} set, health and metrics move to that port, where Prometheus
 * reads them without a password; the site's port no longer has them.
 */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIT extends AppTest {

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        ownDatabase(registry, "management");
    }

    @Test
    void metricsAreOpenOnTheManagementPortAndAbsentFromTheSite() {
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        Http management = new Http(managementPort);
        var metrics = management.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds", "iton_scheduler_lag_seconds");
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        assertThat(http.get("/actuator/prometheus").statusCode()).isNotEqualTo(200);
        assertThat(http.getAsAdmin("/actuator/prometheus").statusCode()).isEqualTo(404);
    }
}
