package com.example.authstarter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.SessionFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.user.EmailVerification;
import com.example.authstarter.user.EmailVerification.EmailStatus;
import com.example.authstarter.user.SignUpService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@WithApp
class AccountServiceIT {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    AccountService accounts;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    SessionFixtures testSignIns;

    @Autowired
    Sessions sessions;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuthenticationManager signIn;

    @BeforeEach
    void setUp() {
        testUsers.create("paula");
        testUsers.create("quentin");
        testSignIns.rememberDevice("paula", "series-1");
        testSignIns.rememberDevice("quentin", "series-2");
    }

    @Test
    void a_new_password_needs_the_current_one() {
        assertThatThrownBy(() -> accounts.changePassword("paula", "wrong", NEW_PASSWORD, NEW_PASSWORD, null))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage(IdentityConfirmation.WRONG_PASSWORD.key());

        assertThat(signInWorks("paula", UserFixtures.PASSWORD)).isTrue();
    }

    @Test
    void a_new_password_meets_the_same_rules_as_at_sign_up() {
        assertThatThrownBy(() -> accounts.changePassword("paula", UserFixtures.PASSWORD, "short", "short", null))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage("rule.password.length");
        assertThatThrownBy(() -> accounts.changePassword(
                        "paula", UserFixtures.PASSWORD, "paula is the best", "paula is the best", null))
                .hasMessage("rule.password.personal");
        assertThatThrownBy(() ->
                        accounts.changePassword("paula", UserFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x", null))
                .hasMessage("rule.repeat.mismatch");
    }

    @Test
    void changing_the_password_signs_out_every_remembered_device() {
        accounts.changePassword("paula", UserFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, null);

        assertThat(signInWorks("paula", UserFixtures.PASSWORD)).isFalse();
        assertThat(signInWorks("paula", NEW_PASSWORD)).isTrue();
        assertThat(sessions.devices("paula")).isEmpty();
        assertThat(sessions.devices("quentin")).hasSize(1);
        assertThat(events(SecurityEvent.Type.PASSWORD_CHANGED)).isEqualTo(1);
    }

    @Test
    void a_new_email_needs_the_password_and_must_be_free_and_valid() {
        assertThatThrownBy(() -> accounts.changeEmail("paula", "wrong", "new@example.com"))
                .hasMessage(IdentityConfirmation.WRONG_PASSWORD.key());
        assertThatThrownBy(() -> accounts.changeEmail("paula", UserFixtures.PASSWORD, "QUENTIN@example.com"))
                .hasMessage(SignUpService.EMAIL_TAKEN.key());
        assertThatThrownBy(() -> accounts.changeEmail("paula", UserFixtures.PASSWORD, "not an email"))
                .isInstanceOf(RefusedInputException.class);

        assertThatThrownBy(() -> accounts.changeEmail("paula", UserFixtures.PASSWORD, "PAULA@example.com"))
                .hasMessage(EmailVerification.SAME_EMAIL.key());

        accounts.changeEmail("paula", UserFixtures.PASSWORD, " Paula@New.example ");

        // The old address stays in force until the link sent to the new one is opened (EmailFlowsIT).
        assertThat(testUsers.email("paula")).isEqualTo("paula@example.com");
    }

    @Test
    void deleting_the_account_removes_it_its_devices_and_its_trail() {
        assertThatThrownBy(() -> accounts.deleteAccount("paula", "wrong"))
                .hasMessage(IdentityConfirmation.WRONG_PASSWORD.key());
        signInWorks("paula", UserFixtures.PASSWORD);

        accounts.deleteAccount("paula", UserFixtures.PASSWORD);

        assertThat(testUsers.exists("paula")).isFalse();
        assertThat(sessions.devices("paula")).isEmpty();
        assertThat(mongo.findAll(SecurityEvent.class))
                .allSatisfy(event -> assertThat(event.username()).isNotEqualTo("paula"))
                .extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.ACCOUNT_DELETED);
        assertThat(testUsers.exists("quentin")).isTrue();
    }

    @Test
    void a_locked_account_cannot_change_anything_even_with_the_right_password() {
        testUsers.lock("paula");

        assertThatThrownBy(() -> accounts.changeEmail("paula", UserFixtures.PASSWORD, "new@example.com"))
                .hasMessage(IdentityConfirmation.ACCOUNT_LOCKED.key());
        assertThatThrownBy(() -> accounts.deleteAccount("paula", UserFixtures.PASSWORD))
                .hasMessage(IdentityConfirmation.ACCOUNT_LOCKED.key());
        assertThat(testUsers.email("paula")).isEqualTo("paula@example.com");
    }

    @Test
    void the_owner_reads_their_own_email() {
        assertThat(accounts.emailStatus("PAULA")).isEqualTo(new EmailStatus("paula@example.com", false));
    }

    private boolean signInWorks(String name, String password) {
        try {
            return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password))
                    .isAuthenticated();
        } catch (BadCredentialsException refused) {
            return false;
        }
    }

    private long events(SecurityEvent.Type type) {
        return mongo.findAll(SecurityEvent.class).stream()
                .filter(event -> event.type() == type)
                .count();
    }
}
