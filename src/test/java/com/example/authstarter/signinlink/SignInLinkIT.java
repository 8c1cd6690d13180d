package com.example.authstarter.signinlink;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.LinkMails;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** "Email me a sign-in link", over real HTTPS, with the mail read from the embedded SMTP server. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInLinkIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    SignInLinks links;

    @Autowired
    SignInLinkMail linkMail;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("lina");
        mails.arrived("lina@example.com", "Confirm your email address");
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void the_link_opens_a_page_that_signs_in_only_when_its_button_posts_the_token() throws Exception {
        var link = linkFor("LINA@example.com");

        var page = browser.get(link.linkPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(browser.get("/members").statusCode())
                .as("opening the link signed no one in")
                .isEqualTo(302);

        var signedIn = post(link.token());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        // Back to the page first asked for, as after a password.
        assertThat(HttpsClient.location(signedIn)).isEqualTo("/members");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
        assertThat(testUsers.isEmailVerified("lina"))
                .as("the link proved the address")
                .isTrue();
        assertThat(mongo.findAll(SecurityEvent.class))
                .extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.SIGN_IN_LINK_LOGIN);
    }

    @Test
    void a_link_works_once() throws Exception {
        var link = linkFor("lina");
        post(link.token());

        var again = new HttpsClient(ports.httpsPort());
        var csrf = again.csrfToken(link.linkPath());
        var response = again.postForm("/login/ott", Map.of("token", link.token(), "_csrf", csrf));

        assertThat(HttpsClient.location(response)).isEqualTo("/login/ott?invalid");
        assertThat(again.get("/members").statusCode()).isEqualTo(302);
        assertThat(again.get("/login/ott?invalid").statusCode()).isEqualTo(200);
    }

    @Test
    void a_link_works_for_fifteen_minutes() throws Exception {
        var link = linkFor("lina");

        clock.advance(Duration.ofMinutes(16));

        assertThat(HttpsClient.location(post(link.token()))).isEqualTo("/login/ott?invalid");
    }

    @Test
    void the_token_must_come_with_the_forms_csrf_token() throws Exception {
        var link = linkFor("lina");
        browser.get(link.linkPath());

        var response = browser.postForm("/login/ott", Map.of("token", link.token()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(HttpsClient.location(post(link.token())))
                .as("the link still works")
                .isEqualTo("/");
    }

    @Test
    void a_locked_account_gets_no_link_and_an_old_link_does_not_let_it_in() throws Exception {
        var link = linkFor("lina");
        testUsers.lock("lina");

        assertThat(HttpsClient.location(post(link.token()))).isEqualTo("/login/ott?invalid");
        links.request("lina", "10.0.0.2");
        clock.advance(Duration.ofSeconds(1));
        assertThat(mails.find("lina@example.com", "Your sign-in link")).isPresent();
        assertThat(mails.to("lina@example.com").stream()
                        .filter(mail -> mail.subject().equals("Your sign-in link"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void spring_securitys_own_endpoint_that_makes_tokens_on_request_is_shut() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm("/ott/generate", Map.of("username", "lina", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(mongo.count(new Query(), "one_time_tokens"))
                .as("only the verification token from sign-up")
                .isEqualTo(1);
    }

    @Test
    void sending_one_request_again_and_again_never_uses_up_the_quota() {
        // As the outbox retries when SMTP was down or an instance died mid-way: the same request each time.
        var request = Map.of(LinkMails.IDENTIFIER, "lina", LinkMails.REQUEST, "one-request");
        for (int attempt = 0; attempt < 5; attempt++) {
            linkMail.handle(request);
        }

        assertThat(mails.to("lina@example.com").stream()
                        .filter(mail -> mail.subject().equals("Your sign-in link"))
                        .count())
                .as("every attempt of the one request sends")
                .isEqualTo(5);
    }

    private Mails.Mail linkFor(String identifier) {
        links.request(identifier, "10.0.0.1");
        var mail = mails.arrived("lina@example.com", "Your sign-in link");
        assertThat(mail.link()).startsWith("https://auth.example.test/login/ott?token=");
        assertThat(mail.text()).contains("15 minutes");
        return mail;
    }

    private HttpResponse<String> post(String token) throws Exception {
        var csrf = browser.csrfToken("/login/ott?token=" + token);
        return browser.postForm("/login/ott", Map.of("token", token, "_csrf", csrf));
    }
}
