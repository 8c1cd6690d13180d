package com.example.authstarter.twostep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.twostep.TwoStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TwoStepSectionTest extends KaribuTest {

    @Autowired
    TwoStep twoStep;

    @Autowired
    TwoStepFixtures app;

    TwoStepSection section;

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        signInAs("olivia");
        UI.getCurrent().navigate("account/security");
        section = _get(TwoStepSection.class);
    }

    @Test
    void it_is_set_up_with_the_key_shown_and_a_first_code_then_the_recovery_codes_are_shown_once() {
        _click(section.begin);
        var qr = _get(section, Image.class);
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
        var secret = section.key.getText().replace("Key: ", "").replace(" ", "");

        _setValue(section.code, "000000");
        _click(section.confirm);
        assertThat(section.code.isInvalid()).isTrue();
        assertThat(twoStep.isOn("olivia")).isFalse();

        _setValue(section.code, app.codeFor(secret, 0));
        _click(section.confirm);

        assertThat(twoStep.isOn("olivia")).isTrue();
        assertThat(section.recoveryCodes.getChildren()).hasSize(10);
        assertThat(_get(section, Anchor.class).getText()).isEqualTo("Download the codes");
        _click(_get(
                section, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("I have saved them")));
        assertThat(section.content.getElement().getTextRecursively()).contains("Recovery codes left: 10");
    }

    @Test
    void turning_it_off_needs_the_password() {
        app.turnOn("olivia");
        UI.getCurrent().navigate("account/security");
        section = _get(TwoStepSection.class);

        _setValue(section.password, "not it");
        _click(section.turnOff);
        assertThat(section.password.isInvalid()).isTrue();
        assertThat(twoStep.isOn("olivia")).isTrue();

        _setValue(section.password, UserFixtures.PASSWORD);
        _click(section.turnOff);
        assertThat(twoStep.isOn("olivia")).isFalse();
        assertThat(section.begin.isAttached()).isTrue();
    }

    @Test
    void new_recovery_codes_replace_the_old_ones() {
        var old = app.turnOn("olivia").recoveryCodes();
        UI.getCurrent().navigate("account/security");
        section = _get(TwoStepSection.class);

        _click(section.newCodes);

        assertThat(section.recoveryCodes.getChildren()).hasSize(10);
        assertThat(twoStep.accept("olivia", old.getFirst())).isFalse();
    }
}
