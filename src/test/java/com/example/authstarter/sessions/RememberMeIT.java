package com.example.authstarter.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * "Keep me signed in" over real HTTPS: the cookie, the stored device, and signing out.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class RememberMeIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    MongoTemplate mongo;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("rita");
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void remember_me_keeps_the_user_signed_in_in_a_new_browser_session() throws Exception {
        var response = browser.signIn("rita", UserFixtures.PASSWORD, "remember-me", "on");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("remember-me=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(mongo.findAll(RememberedDeviceRecord.class))
                .extracting(RememberedDeviceRecord::username)
                .containsExactly("rita");
        var rememberMe = browser.cookie("remember-me");

        var laterBrowser = new HttpsClient(ports.httpsPort());
        laterBrowser.cookies.getCookieStore().add(URI.create("https://localhost:" + ports.httpsPort()), rememberMe);

        assertThat(laterBrowser.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session_and_forgets_the_remember_me_device() throws Exception {
        browser.signIn("rita", UserFixtures.PASSWORD, "remember-me", "on");
        var csrf = browser.csrfToken("/");

        var response = browser.postForm("/logout", Map.of("_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(mongo.findAll(RememberedDeviceRecord.class)).isEmpty();
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void without_remember_me_no_token_is_stored() throws Exception {
        browser.signIn("rita", UserFixtures.PASSWORD);

        assertThat(browser.cookie("remember-me")).isNull();
        assertThat(mongo.findAll(RememberedDeviceRecord.class)).isEmpty();
    }
}
