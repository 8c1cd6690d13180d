package com.example.authstarter.reauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.reauth.IdentityConfirmation.Outcome;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.UserFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The one confirmation service applies the policy of {@link SensitiveAction} to every way it is asked. */
class IdentityConfirmationTest extends KaribuTest {

    @Autowired
    IdentityConfirmation identity;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void signedInJustNow() {
        testUsers.create("sam");
        signInAs("sam");
    }

    @Test
    void right_after_signing_in_an_action_that_accepts_it_needs_no_password_and_one_that_asks_every_time_does() {
        assertThat(identity.confirm(SensitiveAction.NEW_RECOVERY_CODES, "sam", ""))
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(identity.confirm(SensitiveAction.DELETE_ACCOUNT, "sam", "")).isEqualTo(Outcome.WRONG);
        assertThat(identity.confirm(SensitiveAction.DELETE_ACCOUNT, "sam", UserFixtures.PASSWORD))
                .isEqualTo(Outcome.CONFIRMED);
    }

    @Test
    void a_locked_account_is_told_so_and_no_guess_is_counted() {
        testUsers.lock("sam");

        for (int i = 0; i < 6; i++) {
            assertThat(identity.confirm(SensitiveAction.TURN_OFF_TWO_STEP, "sam", "not it"))
                    .isEqualTo(Outcome.LOCKED);
        }

        assertThat(IdentityConfirmation.problem(Outcome.LOCKED)).isEqualTo(IdentityConfirmation.ACCOUNT_LOCKED);
        assertThat(mongo.getCollection("login_attempts").countDocuments()).isZero();
    }
}
