package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.password.NewPasswords;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Where the first administrator comes from, against the real database; no password is built in. */
@WithApp
class AdminBootstrapIT {

    @Autowired
    UserRepository repository;

    @Autowired
    SignUpService signUp;

    @Autowired
    UserAdministration administration;

    @Autowired
    I18NProvider texts;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    NewPasswords newPasswords;

    @Autowired
    UserFixtures testUsers;

    @Test
    void the_configured_administrator_is_created_with_the_password_from_the_environment() {
        bootstrap(new AdminSettings("root", "root@example.com", "a long admin passphrase", false));

        var root = repository.findByUsernameKey("root").orElseThrow();
        assertThat(root.roles()).contains(Role.ADMIN, Role.USER);
        assertThat(passwordEncoder.matches("a long admin passphrase", root.passwordHash()))
                .isTrue();
    }

    @Test
    void an_administrator_configured_without_an_email_gets_a_placeholder_one() {
        // As application.properties passes an unset APP_ADMIN_EMAIL: blank, not absent.
        bootstrap(new AdminSettings("root", "", "a long admin passphrase", false));

        assertThat(repository.findByUsernameKey("root").orElseThrow().email()).isEqualTo("root@localhost.invalid");
    }

    @Test
    void an_existing_configured_account_keeps_its_password_and_gains_the_role() {
        testUsers.create("root");

        bootstrap(new AdminSettings("root", null, "some other passphrase", false));

        var root = repository.findByUsernameKey("root").orElseThrow();
        assertThat(root.roles()).contains(Role.ADMIN);
        assertThat(passwordEncoder.matches(UserFixtures.PASSWORD, root.passwordHash()))
                .isTrue();
    }

    @Test
    void a_missing_or_weak_initial_password_stops_the_start() {
        assertThatThrownBy(() -> bootstrap(new AdminSettings("root", null, "", false)))
                .hasMessageContaining("APP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> bootstrap(new AdminSettings("root", null, "admin", false)))
                .hasMessageContaining("Use 12 to 128 characters");
        assertThat(repository.count()).isZero();
    }

    @Test
    void nothing_happens_without_configuration() {
        bootstrap(new AdminSettings(null, null, null, false));

        assertThat(repository.count()).isZero();
    }

    @Test
    void when_configured_the_first_sign_up_becomes_administrator_and_only_it() {
        var firstUserIsAdmin = firstSignUpIsAdmin();
        var password = "a long enough passphrase";

        firstUserIsAdmin.register(new Registration("first", "first@example.com", password, password), Locale.ENGLISH);
        firstUserIsAdmin.register(new Registration("second", "second@example.com", password, password), Locale.ENGLISH);

        assertThat(repository.findByUsernameKey("first").orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(repository.findByUsernameKey("second").orElseThrow().roles()).containsExactly(Role.USER);
    }

    @Test
    void roles_given_at_start_up_or_to_the_first_sign_up_are_in_the_audit_log() {
        var firstUserIsAdmin = firstSignUpIsAdmin();
        var password = "a long enough passphrase";
        firstUserIsAdmin.register(new Registration("first", "first@example.com", password, password), Locale.ENGLISH);
        bootstrap(new AdminSettings("root", "root@example.com", "a long admin passphrase", false));

        assertThat(mongo.findAll(SecurityEvent.class))
                .filteredOn(event -> event.type() == SecurityEvent.Type.ROLES_CHANGED)
                .extracting(SecurityEvent::username, SecurityEvent::actor)
                .containsExactlyInAnyOrder(
                        tuple("first", SignUpService.FIRST_ADMIN_GRANTED_BY), tuple("root", AdminBootstrap.GRANTED_BY));
    }

    @Test
    void by_default_no_one_becomes_administrator_by_signing_up() {
        testUsers.create("first");

        assertThat(repository.findByUsernameKey("first").orElseThrow().roles()).containsExactly(Role.USER);
    }

    /** Sign-up as configured with APP_ADMIN_FIRST_SIGN_UP=true. */
    private SignUpService firstSignUpIsAdmin() {
        return new SignUpService(
                repository,
                mongo,
                newPasswords,
                Clock.systemUTC(),
                event -> {},
                new AdminSettings(null, null, null, true),
                administration,
                List.of());
    }

    private void bootstrap(AdminSettings settings) {
        new AdminBootstrap(settings, repository, signUp, administration, texts).run(new DefaultApplicationArguments());
    }
}
