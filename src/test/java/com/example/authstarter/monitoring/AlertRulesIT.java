package com.example.authstarter.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.Prometheus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped Prometheus configuration and alert rules pass Prometheus's own checker. */
class AlertRulesIT {

    @Test
    void promtool_accepts_the_alert_rules_and_the_example_configuration() throws Exception {
        assertThat(new File(Prometheus.PROMTOOL))
                .as("Debian's promtool (apt-get install prometheus)")
                .exists();
        for (var check : new String[][] {
            {"rules", Path.of("deploy", "prometheus", "alerts.yml").toString()},
            {"config", Path.of("deploy", "prometheus", "prometheus.yml").toString()}
        }) {
            var process = new ProcessBuilder(Prometheus.PROMTOOL, "check", check[0], check[1])
                    .redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
            assertThat(output).contains("SUCCESS");
        }
    }
}
