package com.example.authstarter.bench;

import com.example.authstarter.database.embedded.BenchBackends;
import com.example.authstarter.database.embedded.StandaloneMongo;
import com.example.authstarter.password.PasswordHashBenchmark;
import com.example.authstarter.testing.MemoryCgroup;
import com.example.authstarter.testing.ProductionApp;
import com.example.authstarter.testing.ProductionApp.Launch;
import com.example.authstarter.testing.SignInLoad;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.bson.Document;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The benchmarks behind {@code ./mvnw -Pproduction,bench clean verify -DskipTests}: password hash by implementation
 * (JMH) and the native reference, five starts of the production app (start-up and sign-in time of each), sign-in
 * under load over HTTPS, memory per signed-in session, growth with the number of accounts, and the cost of
 * committing every write, memory in a 512 MiB container, and Lighthouse over the first pages. Writes
 * target/bench/report.md and report.html.
 */
public final class BenchmarkSuite {

    static final String PASSWORD = "violet kettle orbit sandwich";
    static final int[] CLIENTS = {1, 8, 64};
    static final int[] SESSIONS = {200, 600};
    static final int[] ACCOUNTS = {1_000, 100_000, 1_000_000};
    static final int STARTS = 5;
    static final List<String> LIGHTHOUSE_PAGES = List.of("/login", "/register");

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        var out = Path.of("target", "bench");
        Files.createDirectories(out);
        int cores = Runtime.getRuntime().availableProcessors();
        var report = new Report(cores);

        // BENCH_ONLY=lighthouse: the first page's speed alone, a two-minute loop while working on it.
        if ("lighthouse".equals(System.getenv("BENCH_ONLY"))) {
            report.lighthouse.addAll(Lighthouse.measure(LIGHTHOUSE_PAGES));
            Files.writeString(out.resolve("report.md"), report.lighthouseOnly());
            System.out.println("Report: " + out.resolve("report.md").toAbsolutePath());
            return;
        }

        hashImplementations(report);
        report.referenceHashMillis = NativeReference.bestOfThreeRoundsMillis(PASSWORD);
        System.out.printf(Locale.ROOT, "native reference hash: %.2f ms%n", report.referenceHashMillis);
        report.hashCeilingPerSecond = NativeReference.hashesPerSecondOnAllCores(PASSWORD, cores);
        System.out.printf(
                Locale.ROOT, "libargon2 on all %d cores: %.1f hashes/s%n", cores, report.hashCeilingPerSecond);

        // Argon2 of the app's own kind, so the jar verifies these accounts exactly as real ones.
        var hash = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        try (var database = new BenchDatabase();
                var app = ProductionApp.start(
                        "bench-app.log",
                        List.of("-Xmx1g"),
                        // All load comes from one address: it signs in successfully, which no limit counts.
                        List.of("--spring.mongodb.uri=" + database.uri()))) {
            database.fillTo(ACCOUNTS[0], hash);
            var load = new LoginLoad(app.url(""), app.trust(), PASSWORD, app.pid());
            for (int clients : CLIENTS) {
                var result =
                        load.run(clients, database.usernames(clients), Duration.ofSeconds(3), Duration.ofSeconds(6));
                report.load.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "%d clients: %.1f logins/s, p50 %.1f ms, p95 %.1f, p99 %.1f, failures %d, cores: app %.2f, bench %.2f%n",
                        clients,
                        result.loginsPerSecond(),
                        result.percentileMillis(50),
                        result.percentileMillis(95),
                        result.percentileMillis(99),
                        result.failures(),
                        result.appCores(),
                        result.benchCores());
            }

            var memory = new SessionMemory(app.url(""), app.trust(), app.pid());
            for (int sessions : SESSIONS) {
                var result = memory.measure(sessions, BenchDatabase.username(0), PASSWORD);
                report.memory.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "%d sessions (%d views alive): %.1f KiB each, heap %d -> %d -> %d KiB%n",
                        sessions,
                        result.liveViews(),
                        result.kibPerSession(),
                        result.baselineKiB(),
                        result.openKiB(),
                        result.closedKiB());
            }

            for (int accounts : ACCOUNTS) {
                database.fillTo(accounts, hash);
                var login = load.run(1, database.usernames(1), Duration.ofSeconds(1), Duration.ofSeconds(4));
                var signUps = new ArrayList<Long>();
                for (int i = 0; i < 200; i++) {
                    signUps.add(database.signUpQueriesNanos(accounts + i, hash));
                }
                signUps.sort(null);
                report.growth.add(
                        new Report.Growth(accounts, login.percentileMillis(50), Percentiles.of(signUps, 50) / 1e6));
                System.out.printf(
                        Locale.ROOT,
                        "%d accounts: login p50 %.1f ms, sign-up queries p50 %.2f ms%n",
                        accounts,
                        login.percentileMillis(50),
                        Percentiles.of(signUps, 50) / 1e6);
            }
            report.queryPlan = queryPlan(database.uri());
        }

        // After the load sections, so that the first start is not charged with this JVM's own first HTTPS
        // request, its TLS and HTTP client warming up, which no browser pays (first start measured 4.17 s
        // first thing here, 3.6-3.9 s polled with curl); its data folder is still a new one.
        System.gc();
        startsInARow(report);

        commitCost(report, hash);

        containerMemory(report);

        report.lighthouse.addAll(Lighthouse.measure(LIGHTHOUSE_PAGES));

        Files.writeString(out.resolve("report.md"), report.markdown());
        Files.writeString(out.resolve("report.html"), report.html());
        System.out.println("Report: " + out.resolve("report.md").toAbsolutePath());
    }

    /**
     * The production app started {@value #STARTS} times in a row on one data folder, the way a user runs it
     * (embedded database on its file, self-signed certificate): the first start makes both, the others find
     * them. Each start is timed to its first 200 on /login, then signs one client in for 10 s (the first 4 s not
     * counted): the JIT of each JVM decides the speed of code that is not native, so one start alone can
     * mislead. Then the one-file jar once on the same folder, the way the app started before the AOT cache.
     */
    private static void startsInARow(Report report) throws Exception {
        var dataDir = Files.createTempDirectory("bench-starts");
        var arguments = List.of(
                "--app.admin.username=benchadmin",
                "--app.admin.email=benchadmin@example.com",
                "--app.admin.password=" + PASSWORD,
                "--app.security.breached-password-check=false");
        for (int run = 1; run <= STARTS; run++) {
            try (var app = ProductionApp.start(
                    Launch.PRODUCTION, "bench-start-" + run + ".log", List.of(), arguments, dataDir)) {
                var load = new LoginLoad(app.url(""), app.trust(), PASSWORD, app.pid());
                var result = load.run(1, List.of("benchadmin"), Duration.ofSeconds(4), Duration.ofSeconds(6));
                report.starts.add(new Report.Start(run, app.startup(), result.percentileMillis(50)));
                System.out.printf(
                        Locale.ROOT,
                        "start %d: first 200 after %d ms, 1-client sign-in p50 %.1f ms%n",
                        run,
                        app.startup().toMillis(),
                        result.percentileMillis(50));
            }
        }
        // One start is enough for "before": two in a row differed by 0.03 s, and the run must stay under 6 minutes.
        try (var app = ProductionApp.start(Launch.FAT_JAR, "bench-start-fat-jar.log", List.of(), arguments, dataDir)) {
            report.fatJarStartups.add(app.startup());
            System.out.println("one-file jar: first 200 after " + app.startup().toMillis() + " ms");
        }
    }

    /**
     * The README's production command in a 512 MiB memory cgroup, on a MongoDB of its own process (as with
     * MONGODB_URI) and on the embedded default, and without a limit for comparison: 1, 8 and 32 clients signing
     * in for 10 s each, then 5 s idle. Each run starts a new app on a new data folder.
     */
    private static void containerMemory(Report report) throws Exception {
        record Run(String name, long limit, boolean externalDatabase) {}
        var runs = List.of(
                new Run("512 MiB", 512L << 20, true),
                new Run("none", MemoryCgroup.UNLIMITED, true),
                new Run("512 MiB, embedded database", 512L << 20, false));
        for (var run : runs) {
            var work = Files.createTempDirectory("bench-container");
            int databasePort = ProductionApp.freePort();
            var arguments = new ArrayList<>(List.of(
                    "--app.admin.username=benchadmin",
                    "--app.admin.email=benchadmin@example.com",
                    "--app.admin.password=" + PASSWORD,
                    "--app.security.breached-password-check=false"));
            if (run.externalDatabase()) {
                arguments.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + databasePort + "/authstarter");
            }
            try (var database = run.externalDatabase()
                            ? StandaloneMongo.start(
                                    databasePort, work.resolve("database.mv"), Path.of("target", "bench-mongo.log"))
                            : null;
                    var cgroup = MemoryCgroup.create("bench-container", run.limit());
                    var app = ProductionApp.startLauncher(
                            ProductionApp.LAUNCHER,
                            "bench-container.log",
                            List.of(),
                            arguments,
                            work.resolve("app"),
                            cgroup::wrap)) {
                report.container.add(containerRow(run.name(), "started", app, cgroup, null));
                var load = new SignInLoad(app);
                for (int clients : new int[] {1, 8, 32}) {
                    var outcome = load.run(clients, Duration.ofSeconds(10), "benchadmin", PASSWORD);
                    report.container.add(containerRow(run.name(), clients + " clients", app, cgroup, outcome));
                }
                Thread.sleep(5_000);
                report.container.add(containerRow(run.name(), "idle 5 s after", app, cgroup, null));
            }
        }
    }

    private static Report.ContainerMemory containerRow(
            String limit, String step, ProductionApp app, MemoryCgroup cgroup, SignInLoad.Outcome outcome)
            throws Exception {
        var resident = app.residentMemory();
        var row = new Report.ContainerMemory(
                limit,
                step,
                outcome == null ? 0 : outcome.signInsPerSecond(),
                outcome == null ? 0 : outcome.busy(),
                outcome == null ? 0 : outcome.faults().size(),
                resident.rssMiB(),
                resident.peakMiB(),
                cgroup.peakBytes() >> 20,
                cgroup.peakAnonymousBytes() >> 20);
        System.out.println(row);
        return row;
    }

    /**
     * What committing every write costs on the embedded file store: the jar signs in on each kind of store
     * (a sign-in writes an event and the session's record), and the sign-up queries run on each.
     */
    private static void commitCost(Report report, String hash) throws Exception {
        var stores = new LinkedHashMap<String, Function<Path, MongoBackend>>();
        stores.put("commit on a 1 s timer (mongo-java-server's own)", BenchBackends::committingOnTimer);
        stores.put("commit every write (the app's)", BenchBackends::committingEachWrite);
        for (var store : stores.entrySet()) {
            var file = Files.createTempDirectory("bench-commit").resolve("mongo.mv");
            try (var database = new BenchDatabase(store.getValue().apply(file));
                    var app = ProductionApp.start(
                            "bench-commit.log", List.of(), List.of("--spring.mongodb.uri=" + database.uri()))) {
                database.fillTo(ACCOUNTS[0], hash);
                var load = new LoginLoad(app.url(""), app.trust(), PASSWORD, app.pid());
                var login = load.run(1, database.usernames(1), Duration.ofSeconds(2), Duration.ofSeconds(5));
                var signUps = new ArrayList<Long>();
                for (int i = 0; i < 300; i++) {
                    signUps.add(database.signUpQueriesNanos(ACCOUNTS[0] + i, hash));
                }
                signUps.sort(null);
                var row = new Report.CommitCost(
                        store.getKey(),
                        login.percentileMillis(50),
                        login.percentileMillis(95),
                        Percentiles.of(signUps, 50) / 1e6,
                        Percentiles.of(signUps, 95) / 1e6);
                report.commitCost.add(row);
                System.out.println(row);
            }
        }
    }

    /**
     * Each implementation in three forks: on this machine the JIT makes BouncyCastle's Argon2 loop run at
     * about 20 ms in some JVMs and about 40 ms in others, so one fork can mislead.
     */
    private static void hashImplementations(Report report) throws Exception {
        var options = new OptionsBuilder()
                .include(PasswordHashBenchmark.class.getSimpleName())
                .forks(3)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(2)
                .measurementTime(TimeValue.seconds(1))
                .build();
        for (var run : new Runner(options).run()) {
            var result = run.getPrimaryResult();
            var statistics = result.getStatistics();
            report.hashes.add(new Report.Hash(
                    run.getParams().getParam("implementation"),
                    result.getScore(),
                    statistics.getMin(),
                    statistics.getMax()));
        }
        report.hashes.forEach(System.out::println);
    }

    /** The plan MongoDB would use to find an account by name, or why it cannot be shown. */
    private static String queryPlan(String uri) {
        try (var client = MongoClients.create(uri)) {
            var explain = new Document(
                    "explain", new Document("find", "users").append("filter", new Document("usernameKey", "bench0")));
            return client.getDatabase(BenchDatabase.NAME).runCommand(explain).toJson();
        } catch (com.mongodb.MongoCommandException unsupported) {
            return "not available: the benchmark runs on mongo-java-server (no mongod can be downloaded here), which "
                    + "answers '" + unsupported.getErrorMessage() + "'. Its lookup of a name goes through the unique "
                    + "index username_unique (a hash index in that server); on MongoDB run "
                    + "db.users.find({usernameKey: 'bench0'}).explain() and expect IXSCAN on username_unique.";
        }
    }
}
