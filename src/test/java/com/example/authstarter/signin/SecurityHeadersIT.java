package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The headers every response carries, over real HTTPS.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    @Autowired
    HttpsRedirectPorts ports;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void responses_carry_hsts() throws Exception {
        var response = browser.get("/login");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        for (var path : new String[] {"/login", "/icons/icon.png", "/members"}) {
            var headers = browser.get(path).headers();

            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            // Only the app itself may frame its pages (the PWA shows its offline page so); no other site can.
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'self'")
                            .contains("object-src 'none'"));
        }
    }
}
