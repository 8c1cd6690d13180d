package com.example.authstarter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.tls.SelfSignedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The production jar that {@code ./mvnw -Pproduction verify} builds, started as its own process on free
 * ports with a fresh in-memory database, the way it runs for real.
 */
final class ProductionApp implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int httpsPort;
    final int httpPort;

    private ProductionApp(Process process, Path log, int httpsPort, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpsPort = httpsPort;
        this.httpPort = httpPort;
    }

    static ProductionApp start() throws Exception {
        var jar = productionJar();
        var dataDir = Files.createTempDirectory("auth-starter-browser");
        var log = Path.of("target", "browser-it-app.log");
        int httpsPort = freePort();
        int httpPort = freePort();
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(List.of(
                        java,
                        "-jar",
                        jar.toString(),
                        "--server.port=" + httpsPort,
                        "--app.tls.http-port=" + httpPort,
                        "--app.data-dir=" + dataDir,
                        "--app.mongodb.embedded=in-process",
                        "--app.mongodb.storage=memory"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var app = new ProductionApp(process, log, httpsPort, httpPort);
        app.awaitHealthy(dataDir.resolve("tls"), Duration.ofSeconds(90));
        return app;
    }

    String url(String path) {
        return "https://localhost:" + httpsPort + path;
    }

    /**
     * Waits, looking every 100 ms, until the app logs that it serves HTTPS (by then its certificate is
     * written) and its health check answers UP: it waits on state, not on a guess.
     */
    private void awaitHealthy(Path tlsDir, Duration limit) throws Exception {
        var deadline = Instant.now().plus(limit);
        HttpClient client = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The production jar exited:\n" + Files.readString(log));
            }
            if (client == null && Files.readString(log).contains("Open https://localhost:")) {
                var certificate =
                        new SelfSignedCertificate(tlsDir.resolve("self-signed.crt"), tlsDir.resolve("self-signed.key"));
                client = HttpClient.newBuilder()
                        .sslContext(trusting(certificate))
                        .build();
            }
            if (client != null && isHealthy(client)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "The production jar did not become healthy in " + limit + ":\n" + Files.readString(log));
    }

    private boolean isHealthy(HttpClient client) throws InterruptedException {
        try {
            var health = client.send(
                    HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException notYetListening) {
            // The port opens only when Tomcat has started.
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Path productionJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            var jar = files.filter(file -> file.getFileName().toString().matches("vaadin-auth-starter-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No jar in target/: run ./mvnw -Pproduction verify"));
            try (var zip = new ZipFile(jar.toFile())) {
                var buildInfo = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
                assertThat(buildInfo).as("Vaadin build info in " + jar).isNotNull();
                var text = new String(zip.getInputStream(buildInfo).readAllBytes());
                assertThat(text)
                        .as("%s must be a production build: run ./mvnw -Pproduction verify", jar)
                        .contains("\"productionMode\" : true");
            }
            return jar;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SSLContext trusting(SelfSignedCertificate certificate) throws Exception {
        var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("app", certificate.read());
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
