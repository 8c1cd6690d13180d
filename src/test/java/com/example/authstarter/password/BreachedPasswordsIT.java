package com.example.authstarter.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.PwnedPasswordsStub;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.user.PasswordReset;
import com.example.authstarter.user.Registration;
import com.example.authstarter.user.SignUpService;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sign-up, password change and reset ask a local stand-in of Have I Been Pwned's range API. */
@WithApp
class BreachedPasswordsIT {

    private static final String BREACHED = "plum harbour quietly seventeen";
    private static final String FRESH = "violet kettle orbit sandwich";
    private static final PwnedPasswordsStub pwned = start();

    private static PwnedPasswordsStub start() {
        try {
            return new PwnedPasswordsStub(Set.of(BREACHED));
        } catch (IOException cannotListen) {
            throw new IllegalStateException(cannotListen);
        }
    }

    @DynamicPropertySource
    static void askTheStub(DynamicPropertyRegistry registry) {
        registry.add("app.security.breached-password-check", () -> "true");
        registry.add("app.security.breached-password-url", () -> pwned.url().toString());
    }

    @Autowired
    SignUpService signUp;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordReset reset;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    @AfterEach
    void answerAtOnce() {
        pwned.answerAfter(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        pwned.close();
    }

    @Test
    void a_breached_password_is_refused_at_sign_up_on_the_password_field() {
        assertThatThrownBy(() ->
                        signUp.register(new Registration("bea", "bea@example.com", BREACHED, BREACHED), Locale.ENGLISH))
                .isInstanceOfSatisfying(RefusedInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(RefusedInputException.Field.PASSWORD);
                    assertThat(refused.problem().key()).isEqualTo("rule.password.breached");
                });
        assertThat(testUsers.exists("bea")).isFalse();

        signUp.register(new Registration("bea", "bea@example.com", FRESH, FRESH), Locale.ENGLISH);
        assertThat(testUsers.exists("bea")).isTrue();
    }

    @Test
    void only_the_first_five_hex_digits_of_the_hash_leave_the_server() {
        var before = pwned.requestedPaths().size();

        signUp.register(new Registration("kim", "kim@example.com", FRESH, FRESH), Locale.ENGLISH);

        var asked =
                pwned.requestedPaths().subList(before, pwned.requestedPaths().size());
        assertThat(asked)
                .containsExactly("/range/" + PwnedPasswordsStub.sha1(FRESH).substring(0, 5));
    }

    @Test
    void a_breached_password_is_refused_as_a_new_password_and_at_reset() {
        testUsers.create("paula");
        assertThatThrownBy(() -> accounts.changePassword("paula", UserFixtures.PASSWORD, BREACHED, BREACHED, null))
                .hasMessage("rule.password.breached");

        reset.request("paula", "10.0.0.1");
        var link = mails.arrived("paula@example.com", "Choose a new password");
        assertThatThrownBy(() -> reset.reset(link.token(), BREACHED, BREACHED)).hasMessage("rule.password.breached");
        // Refused before the link is used up: the person picks another password with the same link.
        assertThat(reset.reset(link.token(), FRESH, FRESH)).isEqualTo(PasswordReset.Outcome.DONE);
    }

    @Test
    void a_service_that_answers_late_is_skipped_after_two_seconds() {
        pwned.answerAfter(Duration.ofSeconds(6));
        var start = Instant.now();

        signUp.register(new Registration("lea", "lea@example.com", BREACHED, BREACHED), Locale.ENGLISH);

        // Not a speed target: it shows the sign-up did not wait for the six seconds the service took.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(testUsers.exists("lea")).isTrue();
    }
}
