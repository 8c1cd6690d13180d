package com.example.authstarter.testing;

import com.example.authstarter.testing.ProductionApp.Launch;
import java.nio.file.Files;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * The production build's training run ({@code ./mvnw -Pproduction package}): starts the extracted jar once with
 * {@code -XX:AOTCacheOutput}, has it serve what a first visitor asks for (the sign-in page, a refused and an
 * accepted sign-in, the members page, sign-up), and stops it; the JVM then writes {@code target/app/app.aot},
 * the classes it loaded and linked and the profiles of what ran, so that every later start begins from them
 * (JEP 483, 514, 515). The app trains on its own in-process database in a temporary folder.
 */
public final class AotCacheTraining {

    private AotCacheTraining() {}

    public static void main(String[] args) throws Exception {
        Files.deleteIfExists(ProductionApp.AOT_CACHE);
        if (Runtime.version().feature() < 25) {
            // -XX:AOTCacheOutput came with JDK 25; the app then starts without a cache, only slower.
            System.out.println("AOT cache: not made, this build runs on Java " + Runtime.version()
                    + " and the cache needs 25 or newer");
            return;
        }
        var dataDir = Files.createTempDirectory("aot-training");
        var app = ProductionApp.start(
                Launch.AOT_TRAINING,
                "aot-training.log",
                List.of(),
                List.of(
                        "--app.mongodb.embedded=in-process",
                        "--app.security.breached-password-check=false",
                        // Hundreds of refused sign-ins from one address: the training must not be throttled.
                        "--app.security.throttle.address-failures-per-minute=100000",
                        "--app.admin.username=trainer",
                        "--app.admin.email=trainer@example.com",
                        "--app.admin.password=" + PASSWORD),
                dataDir);
        try {
            train(app.client());
        } finally {
            app.terminate();
            FileSystemUtils.deleteRecursively(dataDir);
        }
        if (!Files.exists(ProductionApp.AOT_CACHE)) {
            throw new IllegalStateException(
                    "The training run wrote no " + ProductionApp.AOT_CACHE + ": see target/aot-training.log");
        }
        System.out.printf(
                "AOT cache: %s, %d MiB%n", ProductionApp.AOT_CACHE, Files.size(ProductionApp.AOT_CACHE) >> 20);
    }

    private static final String PASSWORD = "a training passphrase of some length";

    /**
     * Every page a first visitor asks for, a few times; then sign-ins, refused and accepted, often enough that
     * the JIT's profiles of that path are complete: with them in the cache the sign-in path is compiled soon
     * after start instead of over its first half-minute of use.
     */
    private static void train(HttpsClient client) throws Exception {
        for (int round = 0; round < 3; round++) {
            expect(client.get("/login").statusCode(), 200, "/login");
            expect(client.get("/manifest.webmanifest").statusCode(), 200, "/manifest.webmanifest");
            expect(client.get("/sw.js").statusCode(), 200, "/sw.js");
            expect(client.get("/register").statusCode(), 200, "/register");
            expect(client.get("/healthz").statusCode(), 200, "/healthz");
            refusedThenAccepted(client);
            expect(client.get("/").statusCode(), 200, "/");
            expect(client.get("/members").statusCode(), 200, "/members");
            client.cookies.getCookieStore().removeAll();
        }
        for (int round = 0; round < SIGN_IN_ROUNDS; round++) {
            refusedThenAccepted(client);
            client.cookies.getCookieStore().removeAll();
        }
    }

    /** A wrong password, then the right one as a new visitor; the client stays signed in. */
    private static void refusedThenAccepted(HttpsClient client) throws Exception {
        var refused = client.signIn("trainer", "not the password at all");
        expect(HttpsClient.location(refused).startsWith("/login?") ? 1 : 0, 1, "a refused sign-in");
        client.cookies.getCookieStore().removeAll();
        var accepted = client.signIn("trainer", PASSWORD);
        expect(HttpsClient.location(accepted).equals("/") ? 1 : 0, 1, "the trainer's sign-in");
    }

    private static final int SIGN_IN_ROUNDS = 200;

    private static void expect(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException("Training: " + what + " answered " + actual + ", expected " + expected);
        }
    }
}
