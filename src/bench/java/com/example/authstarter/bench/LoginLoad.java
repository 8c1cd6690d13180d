package com.example.authstarter.bench;

import com.example.authstarter.testing.VaadinPages;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;

/**
 * Clients that sign in over and over, each as its own user and browser: GET /login (the page and its CSRF
 * token), then POST /login. Only the POST is timed: it is the sign-in itself. The CPU both sides used is
 * measured too, so that throughput can be judged against the cores the app really had.
 */
final class LoginLoad {

    /**
     * What one level of load measured.
     *
     * @param benchCores cores the benchmark's JVM kept busy on average while measuring: the load generator and
     *     the in-memory MongoDB the app uses, which share that JVM
     * @param appCores cores the app's process kept busy on average while measuring
     */
    record Result(
            int clients,
            Duration measured,
            List<Long> latenciesNanos,
            int failures,
            double benchCores,
            double appCores) {

        double loginsPerSecond() {
            return latenciesNanos.size() / (measured.toNanos() / 1e9);
        }

        double percentileMillis(double p) {
            return Percentiles.of(latenciesNanos, p) / 1e6;
        }
    }

    private final String baseUrl;
    private final SSLContext tls;
    private final String password;
    private final ProcessHandle app;

    LoginLoad(String baseUrl, SSLContext tls, String password, long appPid) {
        this.baseUrl = baseUrl;
        this.tls = tls;
        this.password = password;
        this.app = ProcessHandle.of(appPid).orElseThrow(() -> new IllegalStateException("No process " + appPid));
    }

    /** Runs {@code clients} clients for the warm-up, then for the measured time, and returns the latter. */
    Result run(int clients, List<String> usernames, Duration warmUp, Duration measure) throws Exception {
        var warmUntil = System.nanoTime() + warmUp.toNanos();
        var endAt = warmUntil + measure.toNanos();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<Future<ClientResult>>();
            for (int i = 0; i < clients; i++) {
                var username = usernames.get(i);
                futures.add(pool.submit(() -> client(username, warmUntil, endAt)));
            }
            // CPU time of both processes over the measured part only.
            Thread.sleep(Math.max(0, (warmUntil - System.nanoTime()) / 1_000_000));
            long benchCpu = benchCpuNanos();
            long appCpu = appCpuNanos();
            long measuredFrom = System.nanoTime();
            var latencies = new ArrayList<Long>();
            int failures = 0;
            for (var future : futures) {
                var result = future.get();
                latencies.addAll(result.latencies());
                failures += result.failures();
            }
            if (latencies.isEmpty()) {
                // A figure of 0 logins/s would read like a slow app; it is a broken one.
                throw new IllegalStateException(
                        "No sign-in succeeded in " + failures + " attempts: see the app's log under target/");
            }
            double wallNanos = System.nanoTime() - measuredFrom;
            double benchCores = (benchCpuNanos() - benchCpu) / wallNanos;
            double appCores = (appCpuNanos() - appCpu) / wallNanos;
            Collections.sort(latencies);
            return new Result(clients, measure, latencies, failures, benchCores, appCores);
        }
    }

    private static long benchCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long appCpuNanos() {
        return app.info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("The app's CPU time cannot be read"))
                .toNanos();
    }

    private record ClientResult(List<Long> latencies, int failures) {}

    private ClientResult client(String username, long warmUntil, long endAt) throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder()
                .sslContext(tls)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var latencies = new ArrayList<Long>();
        int failures = 0;
        while (System.nanoTime() < endAt) {
            // Every sign-in starts as a new visitor, without the session of the last one.
            cookies.getCookieStore().removeAll();
            var page = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var token = VaadinPages.csrfToken(page.body());
            if (token.isEmpty()) {
                failures++;
                continue;
            }
            var form =
                    "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.get());
            long start = System.nanoTime();
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            long took = System.nanoTime() - start;
            boolean signedIn = response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/");
            if (start < warmUntil) {
                continue;
            }
            if (signedIn) {
                latencies.add(took);
            } else {
                failures++;
            }
        }
        return new ClientResult(latencies, failures);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
