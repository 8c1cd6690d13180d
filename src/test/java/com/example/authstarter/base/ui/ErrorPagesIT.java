package com.example.authstarter.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The app's own error pages for requests answered before Vaadin is reached, over real HTTPS.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("rita");
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void a_path_that_is_no_page_answers_404_with_the_apps_own_page() throws Exception {
        for (var path : new String[] {"/no-such-page", "/error", "/admin/no-such-page"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found", "Go to the start page");
            assertThat(response.body()).doesNotContain("Whitelabel");
        }
        browser.signIn("rita", UserFixtures.PASSWORD);

        var signedIn = browser.get("/no-such-page");

        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).contains("Page not found");
    }

    @Test
    void the_error_page_speaks_the_browsers_language() throws Exception {
        var response = browser.get("/no-such-page", "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"de\">", "Seite nicht gefunden", "Zur Startseite");
    }
}
