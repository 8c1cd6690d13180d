package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.tls.SelfSignedCertificate;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Debian's HAProxy in front of app instances, run with the configuration the README ships
 * ({@code deploy/haproxy.cfg}), filled in through its environment: TLS ends here with a certificate of its
 * own, and each instance is reached over HTTPS and checked against that instance's certificate.
 */
public final class Haproxy implements AutoCloseable {

    private static final String BINARY = "/usr/sbin/haproxy";

    private final Process process;
    private final Path tlsDir;
    private final int port;

    private Haproxy(Process process, Path tlsDir, int port) {
        this.process = process;
        this.tlsDir = tlsDir;
        this.port = port;
    }

    /** Starts HAProxy before {@code app1}, {@code app2}, {@code app3} and waits until it sees all of them up. */
    public static Haproxy start(List<ProductionApp> apps, Path log) throws Exception {
        assertThat(new File(BINARY))
                .as("Debian's haproxy (apt-get install haproxy)")
                .exists();
        assertThat(apps).hasSize(3);
        var tlsDir = Files.createTempDirectory("haproxy-tls");
        var certificate = SelfSignedCertificate.ensure(tlsDir, Clock.systemUTC());
        var pem = tlsDir.resolve("site.pem");
        Files.writeString(
                pem, Files.readString(certificate.certificate()) + Files.readString(certificate.privateKey()));
        var appCertificates = tlsDir.resolve("apps-ca.pem");
        var trusted = new StringBuilder();
        for (var app : apps) {
            trusted.append(Files.readString(app.certificate()));
        }
        Files.writeString(appCertificates, trusted);
        int port = ProductionApp.freePort();
        var builder = new ProcessBuilder(
                        BINARY, "-db", "-f", Path.of("deploy", "haproxy.cfg").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "LISTEN", "127.0.0.1:" + port,
                        "TLS_PEM", pem.toString(),
                        "APP_CA", appCertificates.toString(),
                        "APP1", "127.0.0.1:" + apps.get(0).port(),
                        "APP2", "127.0.0.1:" + apps.get(1).port(),
                        "APP3", "127.0.0.1:" + apps.get(2).port()));
        var haproxy = new Haproxy(builder.start(), tlsDir, port);
        haproxy.awaitServing(log);
        return haproxy;
    }

    /** Waits until HAProxy answers and each instance is reachable through it (its health checks pass). */
    private void awaitServing(Path log) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("HAProxy exited:\n" + Files.readString(log));
            }
            if (everyInstanceAnswers()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("HAProxy did not reach all instances in 30 s:\n" + Files.readString(log));
    }

    private boolean everyInstanceAnswers() throws Exception {
        for (var server : List.of("app1", "app2", "app3")) {
            try {
                var client = client(server);
                // A server HAProxy holds down is skipped: the answer then comes with another's cookie.
                if (client.get("/login").statusCode() != 200
                        || !server.equals(client.cookie("SERVERID").getValue())) {
                    return false;
                }
            } catch (IOException notYet) {
                // HAProxy is not listening yet.
                return false;
            }
        }
        return true;
    }

    public String url(String path) {
        return "https://localhost:" + port + path;
    }

    public SSLContext trust() throws Exception {
        return TrustedTls.trusting(tlsDir);
    }

    /** A new browser-like client that HAProxy sends to {@code server} (app1, app2, app3): its sticky cookie. */
    public HttpsClient client(String server) throws Exception {
        var client = new HttpsClient(trust(), url(""));
        client.addCookie("SERVERID", server);
        return client;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
