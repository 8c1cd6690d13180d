package com.example.authstarter.bench;

import com.example.authstarter.testing.VaadinPages;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Signed-in sessions, each with one Vaadin UI, opened and closed over HTTP with the session cookie handled
 * by hand (one client, many sessions), and the server's live heap read with jcmd after a full GC.
 */
final class SessionMemory {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    /**
     * @param liveViews start-page views alive while the sessions were open: proof that each session really
     *     holds a UI with its view
     */
    record Result(int sessions, long baselineKiB, long openKiB, long closedKiB, long liveViews) {
        double kibPerSession() {
            return (openKiB - baselineKiB) / (double) sessions;
        }
    }

    private record Session(String id, String csrf) {}

    private final String baseUrl;
    private final HttpClient http;
    private final long pid;

    SessionMemory(String baseUrl, SSLContext tls, long pid) {
        this.baseUrl = baseUrl;
        this.pid = pid;
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Result measure(int count, String username, String password) throws Exception {
        long baseline = liveHeapKiB();
        var sessions = new ArrayList<Session>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<java.util.concurrent.Future<Session>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> open(username, password)));
            }
            for (var future : futures) {
                sessions.add(future.get());
            }
        }
        long open = liveHeapKiB();
        long liveViews = liveInstances("com.example.authstarter.base.ui.HomeView");
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var session : sessions) {
                pool.submit(() -> close(session));
            }
        }
        long closed = liveHeapKiB();
        return new Result(count, baseline, open, closed, liveViews);
    }

    /** Signs in as a new visitor and opens the start page's UI, as a browser tab does. */
    private Session open(String username, String password) throws Exception {
        var page = http.send(request("/login", null).build(), HttpResponse.BodyHandlers.ofString());
        var anonymous = cookie(page);
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + csrf(page.body());
        var signedIn = http.send(
                request("/login", anonymous)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var session = cookie(signedIn);
        var start = http.send(request("/", session).build(), HttpResponse.BodyHandlers.ofString());
        var ui = http.send(
                request("/?v-r=init&location=&query=", session).build(), HttpResponse.BodyHandlers.ofString());
        var key = SECURITY_KEY.matcher(ui.body());
        if (ui.statusCode() != 200 || !key.find()) {
            throw new IllegalStateException("No UI was opened: " + ui.statusCode());
        }
        // The browser's router then asks the UI to show the start page, as this message does.
        var navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        var shown = http.send(
                request("/?v-r=uidl&v-uiId=0", session)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (shown.statusCode() != 200) {
            throw new IllegalStateException("The start page was not shown: " + shown.statusCode());
        }
        return new Session(session, csrf(start.body()));
    }

    private void close(Session session) {
        try {
            http.send(
                    request("/logout", session.id())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + session.csrf()))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("Sign-out failed", e);
        }
    }

    /** The server's heap in use after a full collection, as jcmd reports it. */
    long liveHeapKiB() throws Exception {
        var jcmd = ProcessHandle.current().info().command().orElseThrow().replaceAll("java$", "jcmd");
        run(jcmd, String.valueOf(pid), "GC.run");
        var info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        var used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("Unexpected jcmd output: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    /** How many objects of a class the server holds, from jcmd's class histogram. */
    long liveInstances(String className) throws Exception {
        var jcmd = ProcessHandle.current().info().command().orElseThrow().replaceAll("java$", "jcmd");
        var histogram = run(jcmd, String.valueOf(pid), "GC.class_histogram");
        var line = Pattern.compile(
                        "^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "\\s*$", Pattern.MULTILINE)
                .matcher(histogram);
        return line.find() ? Long.parseLong(line.group(1)) : 0;
    }

    private static String run(String... command) throws Exception {
        var process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private HttpRequest.Builder request(String path, String session) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie"));
    }

    private static String csrf(String page) {
        return encode(VaadinPages.csrfToken(page).orElseThrow(() -> new IllegalStateException("No CSRF token")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
