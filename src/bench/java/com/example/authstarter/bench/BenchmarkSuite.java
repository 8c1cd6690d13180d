package com.example.authstarter.bench;

import com.example.authstarter.database.embedded.BenchBackends;
import com.example.authstarter.security.PasswordHashBenchmark;
import com.example.authstarter.testing.ProductionApp;
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
 * The benchmarks behind {@code ./mvnw -Pproduction,bench clean verify -DskipTests}: password hash (JMH), start-up of
 * the production jar, sign-in under load over HTTPS, memory per signed-in session, and growth with the number
 * of accounts. Writes target/bench/report.md and report.html.
 */
public final class BenchmarkSuite {

    static final String PASSWORD = "violet kettle orbit sandwich";
    static final int[] CLIENTS = {1, 8, 32, 64};
    static final int[] SESSIONS = {100, 500, 1000};
    static final int[] ACCOUNTS = {1_000, 100_000, 1_000_000};

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        var out = Path.of("target", "bench");
        Files.createDirectories(out);
        int cores = Runtime.getRuntime().availableProcessors();
        var report = new Report(cores);

        hashMillis(report);
        System.out.printf(
                Locale.ROOT,
                "hash: %.2f ms (iterations %.2f to %.2f ms)%n",
                report.hashMillis,
                report.hashMinMillis,
                report.hashMaxMillis);

        for (int run = 0; run < 3; run++) {
            try (var app = ProductionApp.start(
                    "bench-startup.log",
                    List.of(),
                    List.of("--app.mongodb.embedded=in-process", "--app.mongodb.storage=memory"))) {
                report.startups.add(app.startup());
                System.out.println("start-up: " + app.startup().toMillis() + " ms");
            }
        }

        // Argon2 of the app's own kind, so the jar verifies these accounts exactly as real ones.
        var hash = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        try (var database = new BenchDatabase();
                var app = ProductionApp.start(
                        "bench-app.log",
                        List.of("-Xmx1g"),
                        // All load comes from one address: it signs in successfully, which no limit counts.
                        List.of("--spring.mongodb.uri=" + database.uri()))) {
            database.fillTo(ACCOUNTS[0], hash);
            var load = new LoginLoad(app.url(""), app.trust(), PASSWORD);
            for (int clients : CLIENTS) {
                var result =
                        load.run(clients, database.usernames(clients), Duration.ofSeconds(5), Duration.ofSeconds(15));
                report.load.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "%d clients: %.1f logins/s, p50 %.1f ms, p95 %.1f, p99 %.1f, failures %d%n",
                        clients,
                        result.loginsPerSecond(),
                        result.percentileMillis(50),
                        result.percentileMillis(95),
                        result.percentileMillis(99),
                        result.failures());
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
                var login = load.run(1, database.usernames(1), Duration.ofSeconds(2), Duration.ofSeconds(8));
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

        commitCost(report, hash);

        Files.writeString(out.resolve("report.md"), report.markdown());
        Files.writeString(out.resolve("report.html"), report.html());
        System.out.println("Report: " + out.resolve("report.md").toAbsolutePath());
    }

    /**
     * What committing every write costs on the embedded file store: the jar signs in on each kind of store
     * (a sign-in writes an event and clears the throttle), and the sign-up queries run on each.
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
                var load = new LoginLoad(app.url(""), app.trust(), PASSWORD);
                var login = load.run(1, database.usernames(1), Duration.ofSeconds(3), Duration.ofSeconds(10));
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
     * Three forks: on this machine the JIT makes BouncyCastle's Argon2 loop run at about 17-20 ms in some
     * JVMs and about 40 ms in others, so one fork can mislead.
     */
    private static void hashMillis(Report report) throws Exception {
        var options = new OptionsBuilder()
                .include(PasswordHashBenchmark.class.getSimpleName())
                .forks(3)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .build();
        var result = new Runner(options).run().iterator().next().getPrimaryResult();
        report.hashMillis = result.getScore();
        report.hashMinMillis = result.getStatistics().getMin();
        report.hashMaxMillis = result.getStatistics().getMax();
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
