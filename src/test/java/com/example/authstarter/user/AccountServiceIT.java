package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.security.SignIns;
import com.example.authstarter.security.TestSignIns;
import com.example.authstarter.testing.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AccountServiceIT {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserRepository repository;

    @Autowired
    TestSignIns testSignIns;

    @Autowired
    SignIns signIns;

    @Autowired
    Database database;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuthenticationManager signIn;

    @BeforeEach
    void setUp() {
        database.startFresh();
        testUsers.create("paula");
        testUsers.create("quentin");
        testSignIns.rememberDevice("paula", "series-1");
        testSignIns.rememberDevice("quentin", "series-2");
    }

    @Test
    void a_new_password_needs_the_current_one() {
        assertThatThrownBy(() -> accounts.changePassword("paula", "wrong", NEW_PASSWORD, NEW_PASSWORD, null))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage(AccountService.WRONG_PASSWORD.key());

        assertThat(signInWorks("paula", TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void a_new_password_meets_the_same_rules_as_at_sign_up() {
        assertThatThrownBy(() -> accounts.changePassword("paula", TestUsers.PASSWORD, "short", "short", null))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage("rule.password.length");
        assertThatThrownBy(() -> accounts.changePassword(
                        "paula", TestUsers.PASSWORD, "paula is the best", "paula is the best", null))
                .hasMessage("rule.password.personal");
        assertThatThrownBy(() ->
                        accounts.changePassword("paula", TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x", null))
                .hasMessage("rule.repeat.mismatch");
    }

    @Test
    void changing_the_password_signs_out_every_remembered_device() {
        accounts.changePassword("paula", TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, null);

        assertThat(signInWorks("paula", TestUsers.PASSWORD)).isFalse();
        assertThat(signInWorks("paula", NEW_PASSWORD)).isTrue();
        assertThat(signIns.devices("paula")).isEmpty();
        assertThat(signIns.devices("quentin")).hasSize(1);
        assertThat(events(SecurityEvent.Type.PASSWORD_CHANGED)).isEqualTo(1);
    }

    @Test
    void a_new_email_needs_the_password_and_must_be_free_and_valid() {
        assertThatThrownBy(() -> accounts.changeEmail("paula", "wrong", "new@example.com"))
                .hasMessage(AccountService.WRONG_PASSWORD.key());
        assertThatThrownBy(() -> accounts.changeEmail("paula", TestUsers.PASSWORD, "QUENTIN@example.com"))
                .hasMessage(SignUpService.EMAIL_TAKEN.key());
        assertThatThrownBy(() -> accounts.changeEmail("paula", TestUsers.PASSWORD, "not an email"))
                .isInstanceOf(RefusedInputException.class);

        assertThatThrownBy(() -> accounts.changeEmail("paula", TestUsers.PASSWORD, "PAULA@example.com"))
                .hasMessage(AccountService.SAME_EMAIL.key());

        accounts.changeEmail("paula", TestUsers.PASSWORD, " Paula@New.example ");

        // The old address stays in force until the link sent to the new one is opened (EmailFlowsIT).
        assertThat(repository.findByUsernameKey("paula").orElseThrow().email()).isEqualTo("paula@example.com");
    }

    @Test
    void deleting_the_account_removes_it_its_devices_and_its_trail() {
        assertThatThrownBy(() -> accounts.deleteAccount("paula", "wrong"))
                .hasMessage(AccountService.WRONG_PASSWORD.key());
        signInWorks("paula", TestUsers.PASSWORD);

        accounts.deleteAccount("paula", TestUsers.PASSWORD);

        assertThat(repository.findByUsernameKey("paula")).isEmpty();
        assertThat(signIns.devices("paula")).isEmpty();
        assertThat(mongo.findAll(SecurityEvent.class))
                .allSatisfy(event -> assertThat(event.username()).isNotEqualTo("paula"))
                .extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.ACCOUNT_DELETED);
        assertThat(repository.findByUsernameKey("quentin")).isPresent();
    }

    @Test
    void a_locked_account_cannot_change_anything_even_with_the_right_password() {
        testUsers.lock("paula");

        assertThatThrownBy(() -> accounts.changeEmail("paula", TestUsers.PASSWORD, "new@example.com"))
                .hasMessage(AccountService.ACCOUNT_LOCKED.key());
        assertThatThrownBy(() -> accounts.deleteAccount("paula", TestUsers.PASSWORD))
                .hasMessage(AccountService.ACCOUNT_LOCKED.key());
        assertThat(repository.findByUsernameKey("paula").orElseThrow().email()).isEqualTo("paula@example.com");
    }

    @Test
    void the_owner_reads_their_own_email() {
        assertThat(accounts.emailStatus("PAULA")).isEqualTo(new AccountService.EmailStatus("paula@example.com", false));
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
