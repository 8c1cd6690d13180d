package com.example.authstarter.bench;

import com.example.authstarter.testing.ProductionApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lighthouse 12 (npm {@code lighthouse}, run by Node with Debian's Chromium, never a downloaded browser) over pages
 * of the production jar, with its default mobile profile (simulated slow 4G and a 4× slower CPU). Each page is
 * measured {@value #RUNS} times and the run with the median performance score is kept, as Lighthouse advises.
 * Lighthouse is installed with npm into {@code ~/.cache/vaadin-auth-starter/lighthouse} on first use.
 */
final class Lighthouse {

    static final int RUNS = 3;
    static final String VERSION = "12";
    static final Path HOME = Path.of(System.getProperty("user.home"), ".cache", "vaadin-auth-starter", "lighthouse");

    /** One page's scores (0-100) and timings (ms) of the median run. */
    record Page(
            String path,
            int performance,
            int accessibility,
            int bestPractices,
            int seo,
            long firstContentfulPaint,
            long largestContentfulPaint,
            long totalBlockingTime,
            long speedIndex,
            double cumulativeLayoutShift) {}

    private Lighthouse() {}

    static List<Page> measure(List<String> paths) throws Exception {
        var cli = install();
        var out = Files.createDirectories(Path.of("target", "bench", "lighthouse"));
        var pages = new ArrayList<Page>();
        try (var app = ProductionApp.start(
                "bench-lighthouse-app.log",
                List.of(),
                List.of("--app.mongodb.embedded=in-process", "--app.mongodb.storage=memory"))) {
            for (var path : paths) {
                var runs = new ArrayList<Page>();
                for (int run = 1; run <= RUNS; run++) {
                    var report = out.resolve(path.replace('/', '_') + "-" + run + ".json");
                    lighthouse(cli, app.url(path), report);
                    runs.add(read(path, report));
                }
                runs.sort(Comparator.comparingInt(Page::performance));
                var median = runs.get(RUNS / 2);
                System.out.println("lighthouse " + median);
                pages.add(median);
            }
        }
        return pages;
    }

    private static Path install() throws IOException, InterruptedException {
        var cli = HOME.resolve("node_modules/lighthouse/cli/index.js");
        if (!Files.exists(cli)) {
            Files.createDirectories(HOME);
            run(
                    List.of(
                            "npm",
                            "install",
                            "--no-audit",
                            "--no-fund",
                            "--prefix",
                            HOME.toString(),
                            "lighthouse@" + VERSION),
                    HOME.resolve("npm-install.log"));
        }
        return cli;
    }

    private static void lighthouse(Path cli, String url, Path report) throws IOException, InterruptedException {
        var command = List.of(
                "node",
                cli.toString(),
                url,
                "--quiet",
                "--output=json",
                "--output-path=" + report,
                "--chrome-flags=--headless=new --no-sandbox --ignore-certificate-errors");
        var log = Path.of(report.toString().replace(".json", ".log"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHROME_PATH", "/usr/bin/chromium");
        var process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Lighthouse failed on " + url + "; see " + log);
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static Page read(String path, Path report) throws IOException {
        var json = JsonMapper.builder().build().readTree(report.toFile());
        var categories = json.get("categories");
        var audits = json.get("audits");
        return new Page(
                path,
                score(categories.get("performance")),
                score(categories.get("accessibility")),
                score(categories.get("best-practices")),
                score(categories.get("seo")),
                Math.round(
                        audits.get("first-contentful-paint").get("numericValue").asDouble()),
                Math.round(audits.get("largest-contentful-paint")
                        .get("numericValue")
                        .asDouble()),
                Math.round(audits.get("total-blocking-time").get("numericValue").asDouble()),
                Math.round(audits.get("speed-index").get("numericValue").asDouble()),
                audits.get("cumulative-layout-shift").get("numericValue").asDouble());
    }

    private static int score(JsonNode category) {
        return (int) Math.round(category.get("score").asDouble() * 100);
    }
}
