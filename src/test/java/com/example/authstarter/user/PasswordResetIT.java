package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.SessionFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** "Forgot password", with the mail read from the embedded SMTP server. */
@WithApp
class PasswordResetIT {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    PasswordReset reset;

    @Autowired
    PasswordResetMail resetMail;

    @Autowired
    AccountCredentials credentials;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    SessionFixtures testSignIns;

    @Autowired
    Sessions sessions;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @BeforeEach
    void clean() {
        testUsers.create("rosa");
        mails.arrived("rosa@example.com", "Confirm your email address");
    }

    @Test
    void a_request_by_username_or_by_email_mails_a_link_to_the_accounts_address() {
        reset.request("ROSA", "10.0.0.1");
        var byName = mails.arrived("rosa@example.com", "Choose a new password");
        reset.request("Rosa@Example.com", "10.0.0.1");
        mails.empty();
        var byEmail = mails.arrived("rosa@example.com", "Choose a new password");

        assertThat(byName.link()).contains("/reset-password?token=");
        assertThat(byName.text()).contains("30 minutes");
        assertThat(byEmail.token()).isNotEqualTo(byName.token());
    }

    @Test
    void a_request_stores_only_a_promise_whether_or_not_an_account_matches() {
        var outboxBefore = mongo.count(new Query(), "outbox");

        reset.request("rosa", "10.0.0.1");
        reset.request("nobody-at-all", "10.0.0.1");

        // The same work on the request thread either way: one outbox entry each, no look-up, no token yet.
        assertThat(mongo.count(new Query(), "outbox")).isEqualTo(outboxBefore + 2);
        mails.arrived("rosa@example.com", "Choose a new password");
        assertThat(mails.all()).noneMatch(mail -> mail.to().contains("nobody"));
    }

    @Test
    void a_new_password_works_the_old_one_no_longer_and_every_session_and_device_is_signed_out() {
        testSignIns.rememberDevice("rosa", "laptop");
        reset.request("rosa", "10.0.0.1");
        var link = mails.arrived("rosa@example.com", "Choose a new password");

        assertThat(reset.usernameFor(link.token())).hasValue("rosa");
        assertThat(reset.reset(link.token(), NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(PasswordReset.Outcome.DONE);

        assertThat(signsIn("rosa", NEW_PASSWORD)).isTrue();
        assertThat(signsIn("rosa", UserFixtures.PASSWORD)).isFalse();
        assertThat(sessions.devices("rosa")).isEmpty();
        assertThat(mails.arrived("rosa@example.com", "Your password was changed"))
                .isNotNull();
        assertThat(mongo.findAll(SecurityEvent.class))
                .extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.PASSWORD_RESET);
    }

    @Test
    void the_link_works_once_and_for_thirty_minutes() {
        reset.request("rosa", "10.0.0.1");
        var link = mails.arrived("rosa@example.com", "Choose a new password");

        clock.advance(Duration.ofMinutes(31));

        assertThat(reset.usernameFor(link.token())).isEmpty();
        assertThatThrownBy(() -> reset.reset(link.token(), NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage(PasswordReset.INVALID_LINK.key());

        clock.reset();
        reset.request("rosa", "10.0.0.2");
        mails.empty();
        var second = mails.arrived("rosa@example.com", "Choose a new password");
        reset.reset(second.token(), NEW_PASSWORD, NEW_PASSWORD);
        assertThatThrownBy(() -> reset.reset(second.token(), "another fine passphrase", "another fine passphrase"))
                .hasMessage(PasswordReset.INVALID_LINK.key());
    }

    @Test
    void a_refused_password_leaves_the_link_working() {
        reset.request("rosa", "10.0.0.1");
        var link = mails.arrived("rosa@example.com", "Choose a new password");

        assertThatThrownBy(() -> reset.reset(link.token(), "password1234", "password1234"))
                .hasMessage("rule.password.common");
        assertThatThrownBy(() -> reset.reset(link.token(), "i am rosa the great", "i am rosa the great"))
                .hasMessage("rule.password.personal");

        assertThat(reset.reset(link.token(), NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(PasswordReset.Outcome.DONE);
    }

    @Test
    void a_reset_lifts_the_lock_of_failed_sign_ins_but_not_an_administrators() {
        credentials.lockOut("rosa", "10.0.0.1");
        mails.arrived("rosa@example.com", "Your account was locked");
        reset.request("rosa", "10.0.0.1");
        assertThat(reset.reset(
                        mails.arrived("rosa@example.com", "Choose a new password")
                                .token(),
                        NEW_PASSWORD,
                        NEW_PASSWORD))
                .isEqualTo(PasswordReset.Outcome.DONE);
        assertThat(testUsers.isLocked("rosa")).isFalse();

        administration.lock("rosa", "root");
        reset.request("rosa", "10.0.0.1");
        mails.empty();
        var link = mails.arrived("rosa@example.com", "Choose a new password");
        assertThat(reset.reset(link.token(), "another fine passphrase", "another fine passphrase"))
                .isEqualTo(PasswordReset.Outcome.DONE_STILL_LOCKED);
        assertThat(testUsers.isLocked("rosa")).isTrue();
    }

    @Test
    void the_locked_out_notice_shows_the_way_back_in() {
        credentials.lockOut("rosa", "10.0.0.1");

        var notice = mails.arrived("rosa@example.com", "Your account was locked");

        assertThat(notice.link()).endsWith("/forgot-password");
    }

    @Test
    void one_client_address_gets_five_requests_in_fifteen_minutes() {
        for (int i = 0; i < LinkMails.REQUESTS_PER_ADDRESS + 1; i++) {
            reset.request(i < LinkMails.REQUESTS_PER_ADDRESS ? "someone" + i : "rosa", "10.9.9.9");
        }
        reset.request("rosa@example.com", "10.8.8.8");

        // The sixth from 10.9.9.9 sent nothing; the one from another address did.
        mails.arrived("rosa@example.com", "Choose a new password");
        assertThat(mails.to("rosa@example.com").stream()
                        .filter(mail -> mail.subject().contains("Choose"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void an_account_gets_three_link_mails_an_hour_whoever_asks() {
        // The verification mail at sign-up was the first of three.
        for (int i = 0; i < 3; i++) {
            reset.request("rosa", "10.0.0." + i);
        }
        mails.arrived("rosa@example.com", "Choose a new password");
        awaitOutboxEmpty();

        assertThat(mails.to("rosa@example.com").stream()
                        .filter(mail -> mail.subject().contains("Choose"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void sending_one_request_again_and_again_never_uses_up_the_quota() throws Exception {
        // As the outbox retries when SMTP was down or an instance died mid-way: the same request each time.
        var request = Map.of(LinkMails.IDENTIFIER, "rosa", LinkMails.REQUEST, "one-request");
        for (int attempt = 0; attempt < 5; attempt++) {
            resetMail.handle(request);
        }

        assertThat(mails.to("rosa@example.com").stream()
                        .filter(mail -> mail.subject().contains("Choose"))
                        .count())
                .as("every attempt of the one request sends")
                .isEqualTo(5);
        reset.request("rosa", "10.0.0.9");
        mails.arrived("rosa@example.com", "Choose a new password");
        awaitOutboxEmpty();
        var another = Map.of(LinkMails.IDENTIFIER, "rosa", LinkMails.REQUEST, "third-request");
        resetMail.handle(another);
        assertThat(mails.to("rosa@example.com").stream()
                        .filter(mail -> mail.subject().contains("Choose"))
                        .count())
                .as("the verification mail, this request and the one before fill the hour's three")
                .isEqualTo(6);
    }

    private void awaitOutboxEmpty() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mongo.count(Query.query(Criteria.where("doneAt").is(null)), "outbox") == 0);
    }

    private boolean signsIn(String name, String password) {
        try {
            return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password))
                    .isAuthenticated();
        } catch (BadCredentialsException refused) {
            return false;
        }
    }
}
