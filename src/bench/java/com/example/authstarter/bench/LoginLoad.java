package com.example.authstarter.bench;

import com.example.authstarter.testing.VaadinPages;
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
 * token), then POST /login. Only the POST is timed: it is the sign-in itself.
 */
final class LoginLoad {

    /** What one level of load measured. */
    record Result(int clients, Duration measured, List<Long> latenciesNanos, int failures) {

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

    LoginLoad(String baseUrl, SSLContext tls, String password) {
        this.baseUrl = baseUrl;
        this.tls = tls;
        this.password = password;
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
            Collections.sort(latencies);
            return new Result(clients, measure, latencies, failures);
        }
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
