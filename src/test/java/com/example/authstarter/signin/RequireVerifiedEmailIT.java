package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** With APP_SECURITY_REQUIRE_VERIFIED_EMAIL=true, over real HTTPS. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "app.security.require-verified-email=true")
class RequireVerifiedEmailIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("ulla");
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void the_right_password_on_an_unverified_account_leads_to_the_page_that_says_so() throws Exception {
        var response = browser.signIn("ulla", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/verify-email");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
        assertThat(browser.get("/verify-email").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_says_nothing_about_verification() throws Exception {
        var wrong = browser.signIn("ulla", "not the password at all");
        var unknown = new HttpsClient(ports.httpsPort()).signIn("nobody-here", "not the password at all");

        assertThat(HttpsClient.location(wrong)).isEqualTo("/login?error");
        assertThat(HttpsClient.location(unknown)).isEqualTo("/login?error");
    }

    @Test
    void once_verified_the_account_signs_in() throws Exception {
        testUsers.verifyEmail("ulla");

        var response = browser.signIn("ulla@example.com", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
    }
}
