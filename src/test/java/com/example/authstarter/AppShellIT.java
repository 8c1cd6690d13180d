package com.example.authstarter;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * What the app shell serves to everyone: the site icon and the installable PWA's files.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppShellIT {

    @Autowired
    HttpsRedirectPorts ports;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void the_site_icon_is_served() throws Exception {
        var response = browser.get("/favicon.ico");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    }

    @Test
    void the_pwa_files_are_public() throws Exception {
        for (var path : new String[] {"/manifest.webmanifest", "/sw.js", "/offline.html", "/icons/icon.png"}) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(browser.get("/manifest.webmanifest").body()).contains("\"name\":\"Vaadin Auth Starter\"");
    }
}
