package com.example.authstarter.twostep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.reauth.ui.SensitiveActions;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.TwoStepFixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Confirm it is you" with a code from the authenticator app, for people with two-step sign-in on. */
class CodeConfirmationTest extends KaribuTest {

    @Autowired
    SensitiveActions sensitive;

    @Autowired
    TwoStepFixtures app;

    @Autowired
    AdjustableClock clock;

    final AtomicInteger done = new AtomicInteger();

    @BeforeEach
    void signIn() {
        testUsers.create("sam");
        signInAs("sam");
    }

    @Test
    void a_code_from_the_authenticator_app_confirms_it_too() {
        var sams = app.turnOn("sam");
        clock.advance(Duration.ofMinutes(11));

        sensitive.run(SensitiveAction.NEW_RECOVERY_CODES, done::incrementAndGet);
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class), app.codeFor(sams.secret(), 0));
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));

        assertThat(done).hasValue(1);
    }
}
