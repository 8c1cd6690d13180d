package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Debian's Prometheus ({@code apt-get install prometheus}), started on a free port of the loopback interface with a
 * store of its own, scraping one management port every second and loading the app's alert rules, as an operator's
 * would; asked over its HTTP API.
 */
public final class Prometheus implements AutoCloseable {

    public static final String BINARY = "/usr/bin/prometheus";
    public static final String PROMTOOL = "/usr/bin/promtool";
    private static final Pattern VALUE = Pattern.compile("\"value\":\\[[0-9.]+,\"([^\"]+)\"\\]");

    private final Process process;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    private Prometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it scraping {@code target} (host:port, {@code /actuator/prometheus}) and waits until it is ready. */
    public static Prometheus start(String target, Path log) throws Exception {
        assertThat(new File(BINARY))
                .as("Debian's prometheus (apt-get install prometheus)")
                .exists();
        var dir = Files.createTempDirectory("prometheus");
        var config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                  - job_name: authstarter
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: ["%s"]
                """.formatted(
                        Path.of("deploy", "prometheus", "alerts.yml").toAbsolutePath(), target));
        int port = ProductionApp.freePort();
        var process = new ProcessBuilder(
                        BINARY,
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + dir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var prometheus = new Prometheus(process, port);
        prometheus.awaitReady(Duration.ofSeconds(60), log);
        return prometheus;
    }

    private void awaitReady(Duration limit, Path log) throws Exception {
        var deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Prometheus exited:\n" + Files.readString(log));
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // Not listening yet: asked again below.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Prometheus not ready in " + limit + ":\n" + Files.readString(log));
    }

    /** The value of an instant query that returns one sample, or NaN when it returns none (yet). */
    public double query(String promql) throws Exception {
        var response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var value = VALUE.matcher(response.body());
        return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
    }

    /** The body of {@code /api/v1/rules}: the alert rules Prometheus loaded, with their state. */
    public String rules() throws Exception {
        return get("/api/v1/rules").body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
