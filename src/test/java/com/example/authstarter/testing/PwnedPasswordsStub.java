package com.example.authstarter.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A stand-in for Have I Been Pwned's range API on a free local port, as the real one answers: for
 * {@code GET /range/ABCDE}, every known SHA-1 suffix with that prefix and its count, one per line, plus a few
 * that match nothing (the real API pads its answers too). It can answer late, to try a timeout.
 */
public final class PwnedPasswordsStub implements AutoCloseable {

    private final HttpServer server;
    private final Set<String> breachedHashes;
    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    public PwnedPasswordsStub(Set<String> breachedPasswords) throws IOException {
        this.breachedHashes =
                breachedPasswords.stream().map(PwnedPasswordsStub::sha1).collect(Collectors.toSet());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/range/", exchange -> {
            requestedPaths.add(exchange.getRequestURI().getPath());
            sleep(delay);
            var prefix = exchange.getRequestURI().getPath().substring("/range/".length());
            var body = breachedHashes.stream()
                            .filter(hash -> hash.startsWith(prefix))
                            .map(hash -> hash.substring(5) + ":42")
                            .collect(Collectors.joining("\r\n"))
                    + "\r\n0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2";
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The base address, to set as {@code app.security.breached-password-url}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/range/");
    }

    /** The paths asked for so far, to see what left the app. */
    public List<String> requestedPaths() {
        return List.copyOf(requestedPaths);
    }

    /** Makes every later answer wait this long. */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static String sha1(String password) {
        try {
            var digest = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
