package com.example.authstarter.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The health check a load balancer asks, and nothing else of the actuator, over real HTTPS.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class HealthIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    HealthEndpoint healthEndpoint;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void only_the_health_checks_are_public_and_no_actuator_endpoint_is() throws Exception {
        for (var path : new String[] {"/healthz", "/readyz", "/livez"}) {
            var health = browser.get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body())
                    .as(path)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("mongo")
                    .doesNotContain("components");
        }

        for (var path : new String[] {
            "/actuator",
            "/actuator/health",
            "/actuator/env",
            "/actuator/metrics",
            "/actuator/beans",
            "/actuator/prometheus"
        }) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_health_check_includes_the_database() {
        var mongoHealth = healthEndpoint.healthForPath("mongo");

        assertThat(mongoHealth).isNotNull();
        assertThat(mongoHealth.getStatus().getCode()).isEqualTo("UP");
    }
}
