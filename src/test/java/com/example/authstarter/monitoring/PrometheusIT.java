package com.example.authstarter.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.ProductionApp;
import com.example.authstarter.testing.Prometheus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production jar watched by a real Prometheus (Debian's), as an operator runs it: metrics on the management port
 * only, scraped every second; sign-ins driven over HTTPS show in Prometheus by method and outcome; the alert rules
 * shipped in {@code deploy/prometheus/} load; every series the dashboard and the rules use is one the app serves.
 */
class PrometheusIT {

    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "a long admin passphrase";

    private static final String LOG = "monitoring-app.log";

    private static ProductionApp app;
    private static Prometheus prometheus;

    @BeforeAll
    static void start() throws Exception {
        // Configured only through the environment, with the README's production command, as an operator would.
        app = ProductionApp.startConfiguredBy(
                Map.of(
                        "MANAGEMENT_SERVER_PORT",
                        String.valueOf(ProductionApp.freePort()),
                        "MANAGEMENT_SERVER_ADDRESS",
                        "127.0.0.1",
                        "LOGGING_STRUCTURED_FORMAT_CONSOLE",
                        "ecs",
                        "APP_ADMIN_USERNAME",
                        ADMIN,
                        "APP_ADMIN_PASSWORD",
                        ADMIN_PASSWORD),
                LOG,
                ProductionApp.freePort());
        prometheus = Prometheus.start("127.0.0.1:" + app.managementPort(), Path.of("target", "prometheus.log"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void metrics_are_served_on_the_management_port_and_never_on_the_public_one() throws Exception {
        var scraped = scrape();
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("authstarter_password_hash_seconds", "authstarter_outbox_waiting");

        var visitor = app.client();
        assertThat(visitor.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/actuator/metrics").statusCode()).isEqualTo(404);
        // The health checks a load balancer asks stay on the public port.
        assertThat(visitor.get("/livez").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_counts_sign_ins_by_method_and_outcome_without_names() throws Exception {
        for (int i = 0; i < 2; i++) {
            var signedIn = app.client().signIn(ADMIN, ADMIN_PASSWORD);
            assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
        }
        for (int i = 0; i < 3; i++) {
            var refused = app.client().signIn(ADMIN, "not the password at all");
            assertThat(HttpsClient.location(refused)).contains("/login?error");
        }
        var started = System.nanoTime();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> prometheus.query(
                                        "sum(authstarter_sign_ins_total{method=\"password\",outcome=\"wrong_password\"})")
                                >= 3
                        && prometheus.query("sum(authstarter_sign_ins_total{method=\"password\",outcome=\"success\"})")
                                >= 2);
        System.out.printf(
                "Prometheus had the sign-ins %d ms after the last one%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(prometheus.query("up{job=\"authstarter\"}")).isEqualTo(1);
        assertThat(prometheus.query("sum(authstarter_password_hash_seconds_count)"))
                .isGreaterThanOrEqualTo(5);
        assertThat(prometheus.query("max(authstarter_sessions_signed_in)")).isGreaterThanOrEqualTo(0);
        // Low cardinality: no label names a person.
        assertThat(scrape().body()).doesNotContain(ADMIN + "\"", "root@");
        Files.writeString(Path.of("target", "prometheus-sample.txt"), sample(scrape().body()));
    }

    @Test
    void with_one_setting_the_log_is_json_lines_and_each_security_event_is_a_line_with_its_fields() throws Exception {
        app.client().signIn(ADMIN, "a wrong password for the log");
        var log = Path.of("target", LOG);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.readString(log).contains("\"event\":{\"action\":\"LOGIN_FAILURE\"}"));
        var lines = Files.readAllLines(log).stream()
                .filter(line -> line.startsWith("{"))
                .toList();
        assertThat(lines).isNotEmpty();
        var event = lines.stream()
                .filter(line -> line.contains("\"event\":{\"action\":\"LOGIN_FAILURE\"}"))
                .findFirst()
                .orElseThrow();
        assertThat(event)
                .contains(
                        "\"logger\":\"security\"", "\"user\":{\"name\":\"" + ADMIN + "\"}", "\"source\":{\"address\":")
                .endsWith("}");
    }

    @Test
    void the_alert_rules_load_and_every_series_the_dashboard_and_the_rules_use_is_served() throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> prometheus.rules().contains("OutboxNotDraining"));
        assertThat(prometheus.rules())
                .contains("FailedSignInsAboveNormal", "PasswordHashSlow", "InstanceWithoutHeartbeat");

        // Counters with labels appear once first counted: one sign-in and one refusal make the sign-in series.
        app.client().signIn(ADMIN, ADMIN_PASSWORD);
        app.client().signIn(ADMIN, "not the password");
        var served = scrape().body();
        var used = new TreeSet<String>();
        var series = Pattern.compile("authstarter_[a-z_]+");
        for (var file : List.of(
                Path.of("deploy", "grafana", "authstarter-dashboard.json"),
                Path.of("deploy", "prometheus", "alerts.yml"))) {
            var names = series.matcher(Files.readString(file));
            while (names.find()) {
                used.add(names.group().replaceAll("_(bucket|count|sum)$", ""));
            }
        }
        assertThat(used).isNotEmpty();
        // No link is asked for on this jar (the forms are the browser tests').
        used.remove("authstarter_link_requests_total");
        for (var name : used) {
            assertThat(served)
                    .as("the series " + name + " that the dashboard or the rules use")
                    .contains(name);
        }
    }

    private static HttpResponse<String> scrape() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.managementUrl("/actuator/prometheus")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The app's own series, for the closing note and the README. */
    private static String sample(String scraped) {
        return scraped.lines()
                .filter(line -> line.startsWith("authstarter_") && !line.contains("_bucket{"))
                .reduce("", (all, line) -> all + line + "\n");
    }
}
