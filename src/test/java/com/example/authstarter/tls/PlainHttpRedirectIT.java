package com.example.authstarter.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.WithApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The plain-HTTP port only redirects to HTTPS.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlainHttpRedirectIT {

    @Autowired
    HttpsRedirectPorts ports;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void plain_http_is_redirected_to_https() throws Exception {
        var plain = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        var response = plain.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + ports.plainHttpPort() + "/members?x=1"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("https://localhost:" + ports.httpsPort() + "/members?x=1");
    }
}
