package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipFile;
import javax.net.ssl.SSLContext;

/**
 * The production app that {@code ./mvnw -Pproduction verify} builds, started as its own process on free
 * ports with a fresh in-memory database, the way it runs for real: the extracted jar with its AOT cache, the
 * README's production command ({@link Launch#PRODUCTION}).
 */
public final class ProductionApp implements AutoCloseable {

    /** Where the production build extracts the jar, and the AOT cache it trains there. */
    public static final Path APP_DIR = Path.of("target", "app");

    public static final Path APP_JAR = APP_DIR.resolve("vaadin-auth-starter.jar");
    public static final Path AOT_CACHE = APP_DIR.resolve("app.aot");
    /** The README's production command: the launcher the build puts beside the jar. */
    public static final Path LAUNCHER = APP_DIR.resolve("run");

    /** Starts from the bean definitions Spring AOT worked out at build time. */
    private static final String SPRING_AOT = "-Dspring.aot.enabled=true";

    /** How the JVM is started. */
    public enum Launch {
        /**
         * {@code target/app/run}, which starts {@code java -XX:+UseG1GC -XX:MaxRAMPercentage=40
         * -XX:AOTCache=target/app/app.aot -Dspring.aot.enabled=true -jar target/app/vaadin-auth-starter.jar}; the
         * cache must load ({@code AOTMode=on}), so a build that leaves a stale or broken cache fails the tests.
         */
        PRODUCTION,
        /** {@code java -jar target/vaadin-auth-starter-….jar}: the one-file jar, no AOT of either kind ("before"). */
        FAT_JAR,
        /** The extracted jar, writing the AOT cache when it exits: the production build's training run. */
        AOT_TRAINING
    }

    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final Instant launched;
    private final int httpsPort;
    private final int managementPort;
    private Duration startup;

    private ProductionApp(
            Process process, Path log, Path dataDir, Instant launched, int httpsPort, int managementPort) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.launched = launched;
        this.httpsPort = httpsPort;
        this.managementPort = managementPort;
    }

    /** The jar with its own in-memory database. */
    public static ProductionApp start() throws Exception {
        return start(
                "browser-it-app.log",
                List.of(),
                List.of("--app.mongodb.embedded=in-process", "--app.mongodb.storage=memory"));
    }

    /**
     * The jar with the given JVM options and app arguments (which may point it at a database of the
     * caller's), its output in {@code target/<logName>}.
     */
    public static ProductionApp start(String logName, List<String> jvmOptions, List<String> appArguments)
            throws Exception {
        return start(logName, jvmOptions, appArguments, Files.createTempDirectory("auth-starter-app"));
    }

    /**
     * The jar keeping its files (certificate, embedded database) in {@code dataDir}: start it again on the
     * same folder and it finds what the last run left there.
     */
    public static ProductionApp start(String logName, List<String> jvmOptions, List<String> appArguments, Path dataDir)
            throws Exception {
        return start(Launch.PRODUCTION, logName, jvmOptions, appArguments, dataDir);
    }

    /** As {@link #start(String, List, List, Path)}, started the given way. */
    public static ProductionApp start(
            Launch launch, String logName, List<String> jvmOptions, List<String> appArguments, Path dataDir)
            throws Exception {
        if (launch == Launch.PRODUCTION) {
            var options = new ArrayList<>(jvmOptions);
            if (Files.exists(AOT_CACHE)) {
                // The cache must load: a build that leaves a stale or broken cache fails the tests.
                options.add("-XX:AOTMode=on");
            }
            return startLauncher(LAUNCHER, logName, options, appArguments, dataDir, UnaryOperator.identity());
        }
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launchOptions(launch));
        return launch(command, Map.of(), logName, appArguments, dataDir, freePort());
    }

    /**
     * The README's production command, {@code launcher} ({@code target/app/run}, or the same script in a copy of
     * the folder), with {@code JAVA_OPTS} and app arguments; {@code wrap} may put the command inside something,
     * such as a memory-limited cgroup ({@link MemoryCgroup#wrap}).
     */
    public static ProductionApp startLauncher(
            Path launcher,
            String logName,
            List<String> javaOptions,
            List<String> appArguments,
            Path dataDir,
            UnaryOperator<List<String>> wrap)
            throws Exception {
        if (!Files.isExecutable(launcher)) {
            throw new AssertionError(launcher + " is missing: run ./mvnw -Pproduction verify");
        }
        assertProductionBuild(launcher.resolveSibling(APP_JAR.getFileName()));
        var environment = Map.of(
                // The JDK running the tests, which built the AOT cache.
                "JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", String.join(" ", javaOptions));
        return launch(
                wrap.apply(List.of(launcher.toString())), environment, logName, appArguments, dataDir, freePort());
    }

    /**
     * The README's production command on {@code httpsPort}, configured only through {@code environment}, as an
     * operator would (provider settings, say), with its own in-memory database.
     */
    public static ProductionApp startConfiguredBy(Map<String, String> environment, String logName, int httpsPort)
            throws Exception {
        assertProductionBuild(APP_JAR);
        var all = new java.util.HashMap<>(environment);
        all.put("JAVA_HOME", System.getProperty("java.home"));
        all.put("JAVA_OPTS", Files.exists(AOT_CACHE) ? "-XX:AOTMode=on" : "");
        return launch(
                List.of(LAUNCHER.toString()),
                all,
                logName,
                List.of("--app.mongodb.embedded=in-process", "--app.mongodb.storage=memory"),
                Files.createTempDirectory("auth-starter-app"),
                httpsPort);
    }

    private static ProductionApp launch(
            List<String> command,
            Map<String, String> environment,
            String logName,
            List<String> appArguments,
            Path dataDir,
            int httpsPort)
            throws Exception {
        var log = Path.of("target", logName);
        var full = new ArrayList<>(command);
        full.addAll(List.of(
                "--server.port=" + httpsPort, "--app.tls.http-port=" + freePort(), "--app.data-dir=" + dataDir));
        // Several jars run side by side here; each gets a management port of its own, unless the environment
        // chooses it, as an operator's would.
        int managementPort;
        if (environment.containsKey("MANAGEMENT_SERVER_PORT")) {
            managementPort = Integer.parseInt(environment.get("MANAGEMENT_SERVER_PORT"));
        } else {
            managementPort = freePort();
            full.add("--management.server.port=" + managementPort);
        }
        full.addAll(appArguments);
        var launched = Instant.now();
        var builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var app = new ProductionApp(builder.start(), log, dataDir, launched, httpsPort, managementPort);
        app.awaitHealthy(Duration.ofSeconds(90));
        return app;
    }

    public String url(String path) {
        return "https://localhost:" + httpsPort + path;
    }

    /** The address of {@code path} on the management port: plain HTTP, on the loopback interface. */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    public int managementPort() {
        return managementPort;
    }

    /**
     * Waits until the app logs that it serves HTTPS (by then its certificate is written) and answers: it
     * waits on state, not on a guess. The time taken is the start-up time the benchmarks report.
     */
    private void awaitHealthy(Duration limit) throws Exception {
        var deadline = Instant.now().plus(limit);
        HttpClient client = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The production jar exited:\n" + Files.readString(log));
            }
            if (client == null && Files.readString(log).contains("Open https://localhost:")) {
                client = HttpClient.newBuilder().sslContext(trust()).build();
            }
            if (client != null && isHealthy(client)) {
                startup = Duration.between(launched, Instant.now());
                return;
            }
            // Once the log says HTTPS is up, ask again at once; before that, look every 100 ms.
            if (client == null) {
                Thread.sleep(100);
            } else {
                Thread.sleep(10);
            }
        }
        throw new AssertionError(
                "The production jar did not become healthy in " + limit + ":\n" + Files.readString(log));
    }

    /** Up means the sign-in page answers 200 and the health check UP. */
    private boolean isHealthy(HttpClient client) throws InterruptedException {
        try {
            var login = client.send(
                    HttpRequest.newBuilder(URI.create(url("/login")))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            var health = client.send(
                    HttpRequest.newBuilder(URI.create(url("/healthz")))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return login.statusCode() == 200
                    && health.statusCode() == 200
                    && health.body().contains("UP");
        } catch (IOException notYetListening) {
            // The port opens only when Tomcat has started.
            return false;
        }
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Asks the process to stop (SIGTERM), as a service manager or a container platform does, and waits for
     * it to exit; returns its exit code.
     */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The production jar did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Its output so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static List<String> launchOptions(Launch launch) throws IOException {
        return switch (launch) {
            case FAT_JAR -> List.of("-jar", productionJar().toString());
            case AOT_TRAINING ->
                List.of(
                        // The collector the launcher runs with: a cache trained under one cannot be used by another.
                        "-XX:+UseG1GC",
                        "-XX:AOTCacheOutput=" + AOT_CACHE,
                        SPRING_AOT,
                        "-jar",
                        extractedJar().toString());
            case PRODUCTION -> throw new IllegalArgumentException("The production command is the launcher");
        };
    }

    private static Path extractedJar() throws IOException {
        if (!Files.exists(APP_JAR)) {
            throw new AssertionError(APP_JAR + " is missing: run ./mvnw -Pproduction verify");
        }
        assertProductionBuild(APP_JAR);
        return APP_JAR;
    }

    private static Path productionJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            var jar = files.filter(file -> file.getFileName().toString().matches("vaadin-auth-starter-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No jar in target/: run ./mvnw -Pproduction verify"));
            assertProductionBuild(jar);
            return jar;
        }
    }

    private static void assertProductionBuild(Path jar) throws IOException {
        try (var zip = new ZipFile(jar.toFile())) {
            var buildInfo = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(buildInfo).as("Vaadin build info in " + jar).isNotNull();
            var text = new String(zip.getInputStream(buildInfo).readAllBytes());
            assertThat(text)
                    .as("%s must be a production build: run ./mvnw -Pproduction verify", jar)
                    .contains("\"productionMode\" : true");
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From launch until the sign-in page first answered 200. */
    public Duration startup() {
        return startup;
    }

    public int port() {
        return httpsPort;
    }

    /** The PEM of the self-signed certificate this instance serves HTTPS with. */
    public Path certificate() {
        return dataDir.resolve("tls").resolve("self-signed.crt");
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The process's resident memory as Linux reports it, in MiB.
     *
     * @param rssMiB resident now (VmRSS)
     * @param peakMiB the most it was resident at once (VmHWM)
     */
    public record ResidentMemory(long rssMiB, long peakMiB) {}

    /** Its resident memory now and at its peak (Linux only: {@code /proc/<pid>/status}). */
    public ResidentMemory residentMemory() throws IOException {
        var status = Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"));
        return new ResidentMemory(kib(status, "VmRSS:") >> 10, kib(status, "VmHWM:") >> 10);
    }

    private static long kib(List<String> status, String key) {
        // "VmRSS:	  123456 kB"
        return status.stream()
                .filter(line -> line.startsWith(key))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + key + " in /proc status"));
    }

    /** A TLS context that trusts this app's self-signed certificate, and nothing else. */
    public SSLContext trust() throws Exception {
        return TrustedTls.trusting(dataDir.resolve("tls"));
    }

    /** A new browser-like client of this app, with its own cookies. */
    public HttpsClient client() throws Exception {
        return new HttpsClient(trust(), url(""));
    }
}
