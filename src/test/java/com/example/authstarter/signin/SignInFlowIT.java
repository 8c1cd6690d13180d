package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in with a password over real HTTPS against the running server, as a browser does it: the
 * answers, the session it makes, what odd or oversized input gets, and the sign-out page.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInFlowIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PasswordEncoder passwordEncoder;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("rita");
        // Only what the test itself does is in the log, not the sign-up.
        mongo.remove(new Query(), SecurityEvent.class);
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void correct_credentials_sign_in_and_open_the_backend() throws Exception {
        var response = browser.signIn("rita", UserFixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void an_account_stored_by_the_first_release_signs_in_after_the_upgrade() throws Exception {
        // The fields of the first release only: no locked, lockReason, darkMode, emailVerified or language.
        mongo.getCollection("users")
                .insertOne(new Document("username", "Olaf")
                        .append("usernameKey", "olaf")
                        .append("email", "olaf@example.com")
                        .append("emailKey", "olaf@example.com")
                        .append("passwordHash", passwordEncoder.encode(UserFixtures.PASSWORD))
                        .append("roles", List.of("USER"))
                        .append("createdAt", new Date())
                        .append("_class", "com.example.authstarter.user.User"));

        var response = browser.signIn("olaf", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        assertThat(testUsers.isLocked("olaf")).isFalse();
        assertThat(testUsers.isEmailVerified("olaf")).isFalse();
    }

    @Test
    void the_username_matches_whatever_its_case() throws Exception {
        var response = browser.signIn("RITA", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
    }

    @Test
    void a_wrong_password_returns_to_login_with_the_error_flag() throws Exception {
        var response = browser.signIn("rita", UserFixtures.PASSWORD + "x");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/login?error");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void the_email_address_signs_in_as_well_as_the_username_whatever_its_case() throws Exception {
        var response = browser.signIn("Rita@Example.COM", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/").body()).doesNotContain("Rita@Example.COM");
    }

    @Test
    void an_unknown_email_gets_the_same_answer_as_a_wrong_password() throws Exception {
        var wrong = new HttpsClient(ports.httpsPort()).signIn("rita@example.com", "wrong password!!");
        var unknown = new HttpsClient(ports.httpsPort()).signIn("nobody@example.com", "wrong password!!");

        assertThat(HttpsClient.location(unknown))
                .isEqualTo(HttpsClient.location(wrong))
                .isEqualTo("/login?error");
        assertThat(unknown.headers().map().keySet())
                .isEqualTo(wrong.headers().map().keySet());
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password() throws Exception {
        var response = browser.signIn("nobody", UserFixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/login?error");
    }

    @Test
    void unknown_user_wrong_password_and_locked_account_get_the_same_response() throws Exception {
        testUsers.create("lena");
        testUsers.lock("lena");

        var wrongPassword = new HttpsClient(ports.httpsPort()).signIn("rita", "wrong password!!");
        var unknownUser = new HttpsClient(ports.httpsPort()).signIn("nobody-here", "wrong password!!");
        var locked = new HttpsClient(ports.httpsPort()).signIn("lena", UserFixtures.PASSWORD);

        for (var response : java.util.List.of(unknownUser, locked)) {
            assertThat(response.statusCode()).isEqualTo(wrongPassword.statusCode());
            assertThat(HttpsClient.location(response)).isEqualTo(HttpsClient.location(wrongPassword));
            assertThat(response.headers().map().keySet())
                    .isEqualTo(wrongPassword.headers().map().keySet());
            assertThat(response.body()).isEqualTo(wrongPassword.body());
        }
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() throws Exception {
        browser.get("/login");

        var response = browser.postForm("/login", Map.of("username", "rita", "password", UserFixtures.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        browser.get("/login");
        var before = browser.cookie("JSESSIONID").getValue();

        browser.signIn("rita", UserFixtures.PASSWORD);

        assertThat(browser.cookie("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
        var response = browser.get("/login");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void an_operator_payload_in_place_of_the_username_signs_no_one_in() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm("/login", Map.of("username[$ne]", "", "password[$ne]", "", "_csrf", csrf));

        assertThat(HttpsClient.location(response)).isEqualTo("/login?error");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void a_username_with_a_nul_byte_or_surrounding_spaces_signs_no_one_in() throws Exception {
        for (var name : new String[] {"rita\u0000", " rita", "rita ", "\u0000rita", "rita\t", "\u00a0rita"}) {
            var response = new HttpsClient(ports.httpsPort()).signIn(name, UserFixtures.PASSWORD);

            assertThat(HttpsClient.location(response)).as(name).isEqualTo("/login?error");
        }
    }

    @Test
    void an_oversized_password_is_refused_at_once_with_413() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm(
                "/login", Map.of("username", "rita", "password", "x".repeat(1_000_000), "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(mongo.count(new Query(), SecurityEvent.class)).isZero();
    }

    @Test
    void an_oversized_username_is_refused_with_413() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm(
                "/login", Map.of("username", "u".repeat(100_000), "password", "whatever", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void a_field_longer_than_any_account_could_have_is_refused_with_400() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response =
                browser.postForm("/login", Map.of("username", "u".repeat(300), "password", "whatever", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_typed_logout_address_shows_a_page_that_asks_and_signs_no_one_out() throws Exception {
        browser.signIn("rita", UserFixtures.PASSWORD);

        var response = browser.get("/logout");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
    }
}
