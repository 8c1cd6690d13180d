package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * A real Keycloak (the distribution the production build unpacks under {@code target/keycloak}), started in
 * development mode on 127.0.0.1 with its own file database, fresh each time, and the test realm {@code
 * authstarter} (src/test/resources/keycloak) imported with the app's address in its redirect URIs.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "authstarter";
    public static final String CLIENT_ID = "authstarter-app";
    public static final String CLIENT_SECRET = "test-only-secret";

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak for an app served at {@code appOrigin} ({@code https://localhost:8443}). */
    public static Keycloak start(String appOrigin) throws Exception {
        var home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.5.6"));
        assertThat(home.resolve("bin/kc.sh"))
                .as("Keycloak unpacked by the production build (./mvnw -Pproduction verify)")
                .exists();
        home.resolve("bin/kc.sh").toFile().setExecutable(true);
        // A fresh database each run: Keycloak imports a realm only when it does not exist yet.
        deleteTree(home.resolve("data/h2"));
        var imports = Files.createDirectories(home.resolve("data/import"));
        var realm = new String(
                        Keycloak.class
                                .getResourceAsStream("/keycloak/authstarter-realm.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("APP_ORIGIN", appOrigin);
        Files.writeString(imports.resolve("authstarter-realm.json"), realm);
        int port = ProductionApp.freePort();
        var builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + ProductionApp.freePort(),
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        var keycloak = new Keycloak(builder.start(), port);
        keycloak.awaitRealm(Duration.ofSeconds(150));
        return keycloak;
    }

    /** The realm's issuer, as the app is configured with it and as Keycloak writes it into tokens. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    private void awaitRealm(Duration limit) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(limit);
        var discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Keycloak stopped; see target/keycloak.log");
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Keycloak did not serve its realm within " + limit + "; see target/keycloak.log");
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
