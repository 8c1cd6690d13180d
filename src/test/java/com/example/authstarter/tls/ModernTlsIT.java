package com.example.authstarter.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.testing.ProductionApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production jar's HTTPS: HTTP/2 by ALPN, and only Mozilla's intermediate protocols and ciphers. */
class ModernTlsIT {

    private static ProductionApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductionApp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void a_client_that_offers_http2_gets_it_and_one_that_does_not_gets_http11() throws Exception {
        for (var version : HttpClient.Version.values()) {
            var client = HttpClient.newBuilder()
                    .sslContext(app.trust())
                    .version(version)
                    .build();

            var response = client.send(
                    HttpRequest.newBuilder(URI.create(app.url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.version()).isEqualTo(version);
            assertThat(response.body()).contains("<html");
        }
    }

    @Test
    void tls_13_and_tls_12_with_an_aead_cipher_are_accepted() throws Exception {
        assertThat(handshake(new String[] {"TLSv1.3"}, new String[] {"TLS_AES_128_GCM_SHA256"}))
                .isEqualTo("TLS_AES_128_GCM_SHA256");
        assertThat(handshake(new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}))
                .isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        assertThat(handshake(new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"}))
                .isEqualTo("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    }

    @Test
    void a_client_that_offers_only_cbc_ciphers_is_refused() {
        var cbcOnly = new String[] {
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"
        };

        assertThatThrownBy(() -> handshake(new String[] {"TLSv1.2"}, cbcOnly))
                .isInstanceOf(SSLHandshakeException.class);
    }

    /** A TLS handshake offering only these protocols and suites; returns the suite the server chose. */
    private static String handshake(String[] protocols, String[] suites) throws Exception {
        try (var socket = (SSLSocket) app.trust().getSocketFactory().createSocket("localhost", app.port())) {
            socket.setEnabledProtocols(protocols);
            socket.setEnabledCipherSuites(suites);
            socket.startHandshake();
            return socket.getSession().getCipherSuite();
        }
    }
}
