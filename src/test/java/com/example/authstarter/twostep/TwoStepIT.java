package com.example.authstarter.twostep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.user.AccountEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@WithApp
class TwoStepIT {

    @Autowired
    TwoStep twoStep;

    @Autowired
    TwoStepFixtures app;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    AdjustableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Mails mails;

    @BeforeEach
    void clean() {
        testUsers.create("tara");
    }

    @Test
    void it_is_on_only_once_a_code_from_the_new_secret_confirms_it() {
        var setup = twoStep.begin("tara");
        assertThat(setup.otpauthUri())
                .startsWith("otpauth://totp/Vaadin%20Auth%20Starter%3Atara?secret=" + setup.secret());
        assertThat(twoStep.isOn("tara")).isFalse();

        assertThat(twoStep.confirm("tara", "000000")).isEmpty();
        assertThat(twoStep.isOn("tara")).isFalse();

        var codes = twoStep.confirm("tara", app.codeFor(setup.secret(), 0)).orElseThrow();
        assertThat(twoStep.isOn("TARA")).as("whatever the case of the name").isTrue();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
        assertThatThrownBy(() -> twoStep.begin("tara"))
                .as("a second set-up would replace the secret in use")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_code_signs_in_once_and_no_earlier_code_after_it() {
        var tara = app.turnOn("tara");
        clock.advance(Duration.ofSeconds(60));
        var now = app.codeFor(tara.secret(), 0);
        var before = app.codeFor(tara.secret(), -1);

        assertThat(twoStep.accept("tara", now)).isTrue();
        assertThat(twoStep.accept("tara", now)).as("replayed").isFalse();
        assertThat(twoStep.accept("tara", before))
                .as("an older code after a newer one")
                .isFalse();
        assertThat(twoStep.accept("tara", app.codeFor(tara.secret(), 1)))
                .as("next step, clock drift")
                .isTrue();
        assertThat(twoStep.accept("tara", app.codeFor(tara.secret(), 3)))
                .as("too far ahead")
                .isFalse();
    }

    @Test
    void one_code_sent_twice_at_once_is_accepted_once() throws Exception {
        var tara = app.turnOn("tara");
        clock.advance(Duration.ofSeconds(60));
        var code = app.codeFor(tara.secret(), 0);
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return twoStep.accept("tara", code);
                }));
            }
            start.countDown();
            int accepted = 0;
            for (var answer : answers) {
                accepted += answer.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        }
    }

    @Test
    void a_recovery_code_works_once_however_it_is_typed_and_new_ones_replace_the_old() {
        var tara = app.turnOn("tara");
        var first = tara.recoveryCodes().getFirst();

        assertThat(twoStep.accept("tara", " " + first.toUpperCase(Locale.ROOT).replace("-", " ") + " "))
                .isTrue();
        assertThat(twoStep.accept("tara", first)).isFalse();
        assertThat(twoStep.recoveryCodesLeft("tara")).isEqualTo(9);

        var fresh = twoStep.newRecoveryCodes("tara").orElseThrow();
        assertThat(twoStep.accept("tara", tara.recoveryCodes().get(1)))
                .as("an old code")
                .isFalse();
        assertThat(twoStep.accept("tara", fresh.get(1))).isTrue();
    }

    @Test
    void turning_it_on_and_off_and_using_a_recovery_code_are_audited_and_mailed() {
        var tara = app.turnOn("tara");
        twoStep.accept("tara", tara.recoveryCodes().getFirst());
        twoStep.newRecoveryCodes("tara");
        twoStep.turnOff("tara");
        twoStep.turnOff("tara");

        assertThat(auditLog.recent("tara", 10))
                .extracting(SecurityEvent::type)
                .containsExactlyInAnyOrder(
                        SecurityEvent.Type.TWO_STEP_OFF,
                        SecurityEvent.Type.RECOVERY_CODES_RENEWED,
                        SecurityEvent.Type.RECOVERY_CODE_USED,
                        SecurityEvent.Type.TWO_STEP_ON,
                        SecurityEvent.Type.REGISTRATION);
        mails.arrived("tara@example.com", "Two-step sign-in is on");
        mails.arrived("tara@example.com", "A recovery code was used");
        assertThat(mails.arrived("tara@example.com", "Two-step sign-in was turned off")
                        .text())
                .contains("choose a new password");
    }

    @Test
    void only_hashes_of_recovery_codes_are_stored() {
        var tara = app.turnOn("tara");

        var stored = mongo.findAll(org.bson.Document.class, TwoStepRecord.COLLECTION)
                .getFirst()
                .toJson();
        assertThat(tara.recoveryCodes())
                .noneMatch(code -> stored.contains(code) || stored.contains(code.replace("-", "")));
    }

    @Test
    void turned_off_or_deleted_with_the_account_nothing_of_it_stays() {
        app.turnOn("tara");
        twoStep.turnOff("tara");
        assertThat(twoStep.isOn("tara")).isFalse();
        assertThat(twoStep.newRecoveryCodes("tara")).isEmpty();

        app.turnOn("tara");
        events.publishEvent(new AccountEvents.AccountDeleted("tara"));
        assertThat(mongo.count(new Query(), TwoStepRecord.COLLECTION)).isZero();
    }
}
