package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two different changes to one account at the same moment, many times over: each sets only its own fields,
 * so neither undoes the other (a whole-document save would drop one of them now and then).
 */
@WithApp
class AccountChangesRaceIT {

    private static final int ROUNDS = 20;
    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    AccountService accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    ThemePreferences themes;

    @Autowired
    AccountCredentials credentials;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AdjustableClock clock;

    @Test
    void a_password_change_and_a_role_grant_at_once_both_survive() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var name = "erin" + round;
            testUsers.create(name);

            together(
                    () -> accounts.changePassword(name, UserFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, null),
                    () -> administration.grantAdmin(name, "root"));

            var stored = user(name);
            assertThat(passwordEncoder.matches(NEW_PASSWORD, stored.passwordHash()))
                    .as("round %d", round)
                    .isTrue();
            assertThat(stored.roles()).as("round %d", round).contains(Role.ADMIN, Role.USER);
        }
    }

    @Test
    void a_password_change_and_a_dark_mode_switch_at_once_both_survive() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var name = "pia" + round;
            testUsers.create(name);

            together(
                    () -> accounts.changePassword(name, UserFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, null),
                    () -> themes.setDark(name, true));

            var stored = user(name);
            assertThat(passwordEncoder.matches(NEW_PASSWORD, stored.passwordHash()))
                    .as("round %d", round)
                    .isTrue();
            assertThat(stored.darkMode()).as("round %d", round).isTrue();
        }
    }

    @Test
    void an_administrators_lock_is_never_undone_by_the_users_own_change() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var name = "lou" + round;
            testUsers.create(name);

            together(
                    () -> {
                        try {
                            accounts.changePassword(name, UserFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, null);
                        } catch (RefusedInputException lockedFirst) {
                            // The lock came first: the change is refused, as it should be.
                            assertThat(lockedFirst.problem()).isEqualTo(IdentityConfirmation.ACCOUNT_LOCKED);
                        }
                    },
                    () -> administration.lock(name, "root"));

            assertThat(user(name).locked()).as("round %d", round).isTrue();
        }
    }

    @Test
    void a_hash_upgrade_at_sign_in_never_undoes_a_password_change() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var name = "uma" + round;
            testUsers.create(name);
            var oldHash = user(name).passwordHash();
            var upgradedOldPassword = passwordEncoder.encode(UserFixtures.PASSWORD);

            together(
                    () -> accounts.changePassword(name, UserFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, null),
                    () -> credentials.upgradeHash(
                            org.springframework.security.core.userdetails.User.withUsername(name)
                                    .password(oldHash)
                                    .roles("USER")
                                    .build(),
                            upgradedOldPassword));

            assertThat(passwordEncoder.matches(NEW_PASSWORD, user(name).passwordHash()))
                    .as("round %d", round)
                    .isTrue();
        }
    }

    private User user(String name) {
        return repository.findByUsernameKey(UserKeys.username(name)).orElseThrow();
    }

    /**
     * Runs both at the same moment, each on its own thread, and waits for both. Each round is a minute
     * later, so the per-address sign-in limit (all test calls come from one address) never interferes.
     */
    private void together(Runnable first, Runnable second) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        var start = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> {
                start.await();
                first.run();
                return null;
            });
            var b = pool.submit(() -> {
                start.await();
                second.run();
                return null;
            });
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        }
    }
}
