package com.example.authstarter.tls;

import java.util.List;
import org.springframework.boot.web.server.Ssl;

/**
 * Mozilla's "intermediate" server profile (TLS 1.2 and 1.3; ECDHE key exchange with AEAD ciphers only),
 * without its DHE suites. CBC suites are left out (LUCKY13-style padding oracles), and so is RSA key
 * exchange (no forward secrecy). Every browser of the last ten years and every current HTTP client connects.
 * A cipher or protocol list given in {@code server.ssl.*} is kept as it is.
 */
final class ModernTls {

    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    static final List<String> CIPHERS = List.of(
            // TLS 1.3 (its suites are all AEAD with ephemeral keys); named here, or Tomcat would drop them.
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            // TLS 1.2, Mozilla's order.
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private ModernTls() {}

    static void applyTo(Ssl ssl) {
        if (ssl.getEnabledProtocols() == null) {
            ssl.setEnabledProtocols(PROTOCOLS.toArray(String[]::new));
        }
        if (ssl.getCiphers() == null) {
            ssl.setCiphers(CIPHERS.toArray(String[]::new));
        }
    }
}
