package com.example.authstarter.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.ProductionApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * testssl.sh, the tool an auditor runs (Debian's package, which {@code .ci/run} installs), against the
 * production jar: protocols, ALPN, the standard cipher groups and LUCKY13. Its full report is kept in
 * target/testssl.json.
 */
class TlsScanIT {

    @Test
    void testssl_finds_http2_modern_protocols_and_no_cbc_ciphers() throws Exception {
        var report = Path.of("target", "testssl.json");
        Files.deleteIfExists(report);
        try (var app = ProductionApp.start()) {
            var testssl = new ProcessBuilder(
                            "testssl",
                            "--quiet",
                            "--color",
                            "0",
                            "--warnings",
                            "off",
                            "--jsonfile",
                            report.toString(),
                            "--protocols",
                            "--std",
                            "--lucky13",
                            "localhost:" + app.port())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "testssl.log").toFile())
                    .start();
            assertThat(testssl.waitFor(5, TimeUnit.MINUTES))
                    .as("testssl finished within 5 minutes")
                    .isTrue();
        }

        var findings = findings(report);
        assertThat(findings.get("ALPN_HTTP2")).contains("h2");
        assertThat(findings.get("SSLv2")).contains("not offered");
        assertThat(findings.get("SSLv3")).contains("not offered");
        assertThat(findings.get("TLS1")).contains("not offered");
        assertThat(findings.get("TLS1_1")).contains("not offered");
        assertThat(findings.get("TLS1_2")).startsWith("offered");
        assertThat(findings.get("TLS1_3")).startsWith("offered");
        // testssl 3.0 files the obsolete CBC suites (AES, ARIA, Camellia with SHA-1/SHA-2 MACs) as "AVERAGE".
        assertThat(findings.get("cipherlist_AVERAGE")).isEqualTo("not offered");
        assertThat(findings.get("cipherlist_3DES_IDEA")).isEqualTo("not offered");
        assertThat(findings.get("cipherlist_STRONG")).startsWith("offered");
        assertThat(findings.get("LUCKY13")).contains("not vulnerable");
    }

    /** Each finding's text by its id. */
    private static Map<String, String> findings(Path report) throws Exception {
        var findings = new HashMap<String, String>();
        for (JsonNode finding : JsonMapper.builder().build().readTree(Files.readString(report))) {
            findings.put(finding.get("id").asString(), finding.get("finding").asString());
        }
        return findings;
    }
}
