package com.example.authstarter.database.embedded;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.ProductionApp;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The production jar on its default embedded database (the H2 file), killed with SIGKILL right after it
 * acknowledged the last of N writes of each kind a user makes: sign-ups, password changes, sign-ins with
 * "keep me signed in"; and stopped with SIGTERM while clients sign in. Started again on the same folder, it
 * has every write it acknowledged.
 */
class CrashSafetyIT {

    private static final int N = 5;
    private static final String NEW_PASSWORD = "marmalade tractor sunset";
    private static final List<String> EMBEDDED_FILE = List.of("--app.mongodb.embedded=in-process");

    @Test
    void every_acknowledged_write_survives_sigkill() throws Exception {
        var dataDir = Files.createTempDirectory("crash-safety");
        var names = IntStream.range(0, N).mapToObj(i -> Chromium.newUsername()).toList();
        var rememberMeCookies = new ArrayList<String>();

        try (var person = Chromium.start("crash-safety", "en-US")) {
            var app = start("crash-1-sign-ups", dataDir);
            for (var name : names) {
                person.registerAndWait(app.url("/register"), name);
            }
            app.kill();

            app = start("crash-2-password-changes", dataDir);
            for (var name : names) {
                person.driver().manage().deleteAllCookies();
                person.signInAndWait(app.url("/login"), name, PASSWORD, false);
                person.changePassword(app.url("/account/password"), PASSWORD, NEW_PASSWORD);
            }
            app.kill();
        }

        var app = start("crash-3-remembered-sign-ins", dataDir);
        for (var name : names) {
            var client = app.client();
            var signedIn = client.signIn(name, NEW_PASSWORD, "remember-me", "on");
            assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
            rememberMeCookies.add(client.cookie("remember-me").getValue());
        }
        app.kill();

        assertStoredInFile(dataDir, names);

        try (var restarted = start("crash-4-restarted", dataDir)) {
            for (var name : names) {
                var signIn = restarted.client().signIn(name, NEW_PASSWORD);
                assertThat(HttpsClient.location(signIn))
                        .as(name + " signs in with the new password")
                        .isEqualTo("/");
            }
            for (var cookie : rememberMeCookies) {
                var page = restarted.client().get("/members", "Cookie", "remember-me=" + cookie);
                assertThat(page.statusCode()).as("remembered device signs in").isEqualTo(200);
            }
        }
    }

    @Test
    void sigterm_under_load_lets_sign_ins_in_flight_finish_and_loses_nothing_acknowledged() throws Exception {
        var dataDir = Files.createTempDirectory("graceful-shutdown");
        var account = List.of("--app.admin.username=loadtest", "--app.admin.password=" + NEW_PASSWORD);
        var arguments = new ArrayList<>(EMBEDDED_FILE);
        arguments.addAll(account);
        var app = ProductionApp.start("graceful-1-under-load.log", List.of(), arguments, dataDir);
        var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
        var stopping = new AtomicLong(Long.MAX_VALUE);
        int clients = 16;
        int exitCode;
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var loads = new ArrayList<Future<Void>>();
            for (int i = 0; i < clients; i++) {
                loads.add(pool.submit(() -> signInUntilRefused(app, acknowledged)));
            }
            // Long enough for every client to be signing in, one after the other, when the signal comes.
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 3 * clients);
            stopping.set(System.nanoTime());
            exitCode = app.terminate();
            for (var load : loads) {
                load.get();
            }
        }

        var finishedAfterSignal = acknowledged.stream()
                .filter(signIn -> signIn.sentNanos() < stopping.get() && signIn.answeredNanos() > stopping.get())
                .count();
        assertThat(finishedAfterSignal)
                .as("sign-ins in flight at SIGTERM that were answered")
                .isPositive();
        assertThat(app.log()).contains("Graceful shutdown complete");
        try (var restarted = ProductionApp.start("graceful-2-restarted.log", List.of(), arguments, dataDir)) {
            for (var signIn : acknowledged) {
                var page = restarted.client().get("/members", "Cookie", "remember-me=" + signIn.rememberMe());
                assertThat(page.statusCode())
                        .as("remembered device of an acknowledged sign-in")
                        .isEqualTo(200);
            }
        }
        System.out.printf(
                "SIGTERM under load: %d sign-ins acknowledged, %d of them in flight at the signal, exit code %d%n",
                acknowledged.size(), finishedAfterSignal, exitCode);
    }

    /** One acknowledged sign-in: when it was sent and answered, and the remembered device it was given. */
    private record Acknowledged(long sentNanos, long answeredNanos, String rememberMe) {}

    /** Signs in with "keep me signed in" again and again, each time as a new browser, until the app refuses. */
    private static Void signInUntilRefused(ProductionApp app, ConcurrentLinkedQueue<Acknowledged> acknowledged) {
        while (true) {
            try {
                var browser = app.client();
                var csrf = browser.csrfTokenFromLoginPage();
                long sent = System.nanoTime();
                var answer = browser.postForm(
                        "/login",
                        Map.of("username", "loadtest", "password", NEW_PASSWORD, "_csrf", csrf, "remember-me", "on"));
                if (answer.statusCode() != 302 || !HttpsClient.location(answer).equals("/")) {
                    return null;
                }
                acknowledged.add(new Acknowledged(
                        sent, System.nanoTime(), browser.cookie("remember-me").getValue()));
            } catch (Exception refused) {
                // Connection refused or reset: the app stopped taking requests, as SIGTERM asks.
                return null;
            }
        }
    }

    /** Reads the H2 file the killed app left, through the same server code the app runs. */
    private static void assertStoredInFile(Path dataDir, List<String> names) {
        var server = new MongoServer(new H2Backend(dataDir.resolve("mongo.mv").toString()));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var database = client.getDatabase("authstarter");
            var ofTheseUsers = Filters.in("username", names);
            assertThat(database.getCollection("users").countDocuments(ofTheseUsers))
                    .as("sign-ups")
                    .isEqualTo(N);
            assertThat(database.getCollection("security_events")
                            .countDocuments(Filters.and(ofTheseUsers, Filters.eq("type", "PASSWORD_CHANGED"))))
                    .as("password changes")
                    .isEqualTo(N);
            assertThat(database.getCollection("security_events")
                            .countDocuments(Filters.and(ofTheseUsers, Filters.eq("type", "LOGIN_SUCCESS"))))
                    .as("sign-ins: N before the password changes, N with remember-me")
                    .isEqualTo(2 * N);
            assertThat(database.getCollection("remember_me_tokens").countDocuments(ofTheseUsers))
                    .as("remembered devices")
                    .isEqualTo(N);
        } finally {
            server.shutdown();
        }
    }

    private static ProductionApp start(String log, Path dataDir) throws Exception {
        return ProductionApp.start(log + ".log", List.of(), EMBEDDED_FILE, dataDir);
    }
}
