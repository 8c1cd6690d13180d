package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Where a sign-in leads, over real HTTPS: back to exactly the page first asked for, never to another site
 * or to a page that does not exist; and every page that is not public sends an anonymous visitor there first.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReturnAfterSignInIT {

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
    void every_page_that_is_not_public_sends_an_anonymous_visitor_to_login() throws Exception {
        for (var path : new String[] {"/", "/members", "/account", "/logout"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(HttpsClient.location(response)).as(path).isEqualTo("/login");
        }
        assertThat(browser.get("/VAADIN/../members").statusCode()).isEqualTo(400);
    }

    @Test
    void sign_in_never_returns_to_a_page_that_does_not_exist() throws Exception {
        assertThat(browser.get("/no-such-page").statusCode()).isEqualTo(404);

        var response = browser.signIn("rita", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
    }

    @Test
    void after_sign_in_the_user_returns_to_the_page_first_asked_for() throws Exception {
        var asked = browser.get("/members?tab=all");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(asked)).isEqualTo("/login");

        var response = browser.signIn("rita", UserFixtures.PASSWORD);

        // Exactly the address asked for: no "?continue" marker left in the address bar.
        assertThat(HttpsClient.location(response)).isEqualTo("/members?tab=all");
        var back = browser.get("/members?tab=all");
        assertThat(back.statusCode()).isEqualTo(200);
    }

    @Test
    void a_redirect_target_on_another_site_is_never_followed() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm(
                "/login?Saved-url=https://evil.example.com/phish",
                Map.of("username", "rita", "password", UserFixtures.PASSWORD, "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/");
    }
}
