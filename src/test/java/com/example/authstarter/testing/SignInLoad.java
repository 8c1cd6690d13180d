package com.example.authstarter.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;

/**
 * Clients that sign in over and over for a while, each attempt as a new visitor (GET /login for the page and its
 * CSRF token, then POST /login), and what each attempt was answered: signed in, "busy" (the app shedding load:
 * the sign-in page's busy redirect or a 503 with Retry-After), or anything else, which is a fault.
 */
public final class SignInLoad {

    /**
     * How the attempts of one run were answered.
     *
     * @param signedIn attempts that ended signed in
     * @param busy attempts the app refused as busy, saying when to come back
     * @param faults everything else, described (a connection reset, a timeout, a 500, a wrong redirect)
     * @param seconds how long the clients ran
     */
    public record Outcome(int signedIn, int busy, List<String> faults, double seconds) {

        public double signInsPerSecond() {
            return signedIn / seconds;
        }
    }

    private final String baseUrl;
    private final SSLContext tls;

    public SignInLoad(ProductionApp app) throws Exception {
        this.baseUrl = app.url("");
        this.tls = app.trust();
    }

    /** {@code clients} clients signing in as {@code username} for {@code duration}. */
    public Outcome run(int clients, Duration duration, String username, String password) throws Exception {
        long start = System.nanoTime();
        long endAt = start + duration.toNanos();
        var futures = new ArrayList<Future<Outcome>>();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> client(endAt, username, password)));
            }
            int signedIn = 0;
            int busy = 0;
            var faults = new ArrayList<String>();
            for (var future : futures) {
                var outcome = future.get();
                signedIn += outcome.signedIn();
                busy += outcome.busy();
                faults.addAll(outcome.faults());
            }
            return new Outcome(signedIn, busy, faults, (System.nanoTime() - start) / 1e9);
        }
    }

    private Outcome client(long endAt, String username, String password) throws InterruptedException {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder()
                .sslContext(tls)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        int signedIn = 0;
        int busy = 0;
        var faults = new ArrayList<String>();
        while (System.nanoTime() < endAt) {
            cookies.getCookieStore().removeAll();
            try {
                var page = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
                if (isBusy(page)) {
                    busy++;
                    continue;
                }
                var token = VaadinPages.csrfToken(page.body());
                if (page.statusCode() != 200 || token.isEmpty()) {
                    faults.add("GET /login answered " + page.statusCode());
                    continue;
                }
                var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                        + encode(token.get());
                var answer = http.send(
                        request("/login")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                var location = answer.headers().firstValue("Location").orElse("");
                if (answer.statusCode() == 302 && location.endsWith("/")) {
                    signedIn++;
                } else if (isBusy(answer)) {
                    busy++;
                } else {
                    faults.add("POST /login answered " + answer.statusCode() + " " + location);
                }
            } catch (IOException e) {
                faults.add(e.toString());
            }
        }
        return new Outcome(signedIn, busy, faults, 0);
    }

    /** The app's two ways of shedding load, both with a time to come back. */
    private static boolean isBusy(HttpResponse<?> response) {
        boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
        boolean toBusyPage = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login?busy");
        return retryAfter && (response.statusCode() == 503 || toBusyPage);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
