package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.password.NewPasswords;
import com.example.authstarter.testing.WithApp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Sign-up against the in-process MongoDB, with the app's real indexes. */
@WithApp
class SignUpServiceIT {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    SignUpService service;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserRepository repository;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    NewPasswords newPasswords;

    @Test
    void the_unique_indexes_exist_on_the_normalized_keys() {
        var indexes = mongo.indexOps(User.class).getIndexInfo();

        assertThat(indexes)
                .filteredOn(index -> index.isUnique())
                .extracting(index -> index.getIndexFields().getFirst().getKey())
                .contains(User.USERNAME_KEY, User.EMAIL_KEY);
    }

    @Test
    void the_database_itself_refuses_a_second_account_with_the_same_username_key() {
        service.register(new Registration("Ivan", "ivan@example.com", PASSWORD, PASSWORD), Locale.ENGLISH);
        var twin = User.newUser("IVAN", "other@example.com", "{noop}x", Instant.now(), Locale.ENGLISH);

        assertThatThrownBy(() -> repository.insert(twin)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void names_and_emails_are_stored_as_typed_and_keyed_in_folded_form() {
        // Full-width letters fold to ASCII under NFKC; surrounding spaces are dropped.
        service.register(new Registration(" Ｊｕｄｙ ", " Judy@Example.COM ", PASSWORD, PASSWORD), Locale.ENGLISH);

        var judy = repository.findByUsernameKey("judy").orElseThrow();
        assertThat(judy.username()).isEqualTo("Judy");
        assertThat(judy.email()).isEqualTo("Judy@Example.COM");
        assertThat(judy.emailKey()).isEqualTo("judy@example.com");
        assertThat(service.isUsernameTaken("JUDY")).isTrue();
        assertThat(service.isEmailTaken("judy@EXAMPLE.com")).isTrue();
    }

    @Test
    void only_a_salted_argon2id_hash_of_the_password_is_stored() {
        service.register(new Registration("kim", "kim@example.com", PASSWORD, PASSWORD), Locale.ENGLISH);
        service.register(new Registration("lee", "lee@example.com", PASSWORD, PASSWORD), Locale.ENGLISH);

        var kim = repository.findByUsernameKey("kim").orElseThrow();
        var lee = repository.findByUsernameKey("lee").orElseThrow();
        assertThat(kim.passwordHash()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(kim.passwordHash()).doesNotContain(PASSWORD);
        assertThat(kim.passwordHash()).isNotEqualTo(lee.passwordHash());
        assertThat(mongo.getCollection("users").find().first().toJson()).doesNotContain(PASSWORD);
    }

    @Test
    void the_service_applies_the_registration_rules_itself() {
        assertThatThrownBy(() ->
                        service.register(new Registration("mia", "mia@example.com", "short", "short"), Locale.ENGLISH))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage("rule.password.length")
                .extracting(e -> ((RefusedInputException) e).field())
                .isEqualTo(RefusedInputException.Field.PASSWORD);
        assertThat(repository.count()).isZero();
    }

    @Test
    void one_hundred_parallel_sign_ups_with_one_name_give_one_account_and_99_friendly_refusals() throws Exception {
        int attempts = 100;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < attempts; i++) {
            var email = "nina" + i + "@example.com";
            tasks.add(() -> {
                start.await();
                try {
                    service.register(new Registration("nina", email, PASSWORD, PASSWORD), Locale.ENGLISH);
                    return "stored";
                } catch (RefusedInputException refused) {
                    return refused.getMessage();
                } catch (RuntimeException unexpected) {
                    return "error: " + unexpected;
                }
            });
        }
        var outcomes = new ArrayList<String>();
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
        }

        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("error")).isEmpty();
        assertThat(outcomes).filteredOn("stored"::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(SignUpService.USERNAME_TAKEN.key()::equals)
                .hasSize(attempts - 1);
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void two_app_instances_racing_for_one_name_store_it_once() throws Exception {
        // Each instance lets only one sign-up per name hash at a time; between instances the index decides.
        var noAdmin = new AdminSettings(null, null, null, false);
        var instances = List.of(
                new SignUpService(
                        repository,
                        mongo,
                        newPasswords,
                        Clock.systemUTC(),
                        event -> {},
                        noAdmin,
                        administration,
                        List.of()),
                new SignUpService(
                        repository,
                        mongo,
                        newPasswords,
                        Clock.systemUTC(),
                        event -> {},
                        noAdmin,
                        administration,
                        List.of()));
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(40)) {
            for (int i = 0; i < 40; i++) {
                var instance = instances.get(i % 2);
                var email = "vera" + i + "@example.com";
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        instance.register(new Registration("vera", email, PASSWORD, PASSWORD), Locale.ENGLISH);
                        return "stored";
                    } catch (RefusedInputException refused) {
                        return refused.getMessage();
                    }
                }));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).filteredOn("stored"::equals).hasSize(1);
            assertThat(results)
                    .filteredOn(SignUpService.USERNAME_TAKEN.key()::equals)
                    .hasSize(39);
        }
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void a_registration_is_audited() {
        service.register(new Registration("ursula", "ursula@example.com", PASSWORD, PASSWORD), Locale.ENGLISH);

        assertThat(mongo.findAll(SecurityEvent.class)).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(SecurityEvent.Type.REGISTRATION);
            assertThat(event.username()).isEqualTo("ursula");
        });
    }
}
