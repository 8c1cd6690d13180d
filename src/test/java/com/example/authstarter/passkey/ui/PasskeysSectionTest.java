package com.example.authstarter.passkey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.passkey.Passkeys;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.PasskeyFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasskeysSectionTest extends KaribuTest {

    @Autowired
    PasskeyFixtures testPasskeys;

    @Autowired
    Passkeys passkeys;

    @Autowired
    AdjustableClock clock;

    @BeforeEach
    void signIn() {
        testUsers.create("nina");
        signInAs("nina");
    }

    @Test
    void without_passkeys_it_says_so_and_a_passkey_needs_a_name_before_the_browser_makes_it() {
        var section = open();
        assertThat(section.none.isVisible()).isTrue();
        assertThat(section.passkeys.isVisible()).isFalse();

        _click(section.add);
        var dialog = _get(PasskeysSection.NameDialog.class);
        _setValue(dialog.name, "   ");
        _click(dialog.save);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the passkey a name of 1 to 64 characters.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void each_passkey_is_listed_and_can_be_renamed() {
        testPasskeys.add("nina", "Laptop");
        var section = open();
        assertThat(GridKt._size(section.passkeys)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(section.passkeys, 0)).contains("Laptop", "Not yet");

        _click(action(section, "Rename"));
        var dialog = _get(PasskeysSection.NameDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Laptop");
        _setValue(dialog.name, "Work laptop");
        _click(dialog.save);

        assertThat(passkeys.of("nina").getFirst().name()).isEqualTo("Work laptop");
        assertThat(GridKt._getFormattedRow(section.passkeys, 0)).contains("Work laptop");
    }

    @Test
    void removing_one_long_after_signing_in_asks_who_it_is_first() {
        testPasskeys.add("nina", "Laptop");
        var section = open();
        clock.advance(Duration.ofMinutes(11));

        _click(action(section, "Remove"));
        var confirmation = _get(Dialog.class);
        assertThat(confirmation.getHeaderTitle()).isEqualTo("Confirm it is you");
        assertThat(passkeys.has("nina")).isTrue();
        // The person has a passkey, so it is offered for the confirmation.
        assertThat(_get(confirmation, Button.class, spec -> spec.withText("Use a passkey"))
                        .isVisible())
                .isTrue();
        _setValue(_get(confirmation, PasswordField.class), UserFixtures.PASSWORD);
        _click(_get(confirmation, Button.class, spec -> spec.withText("Confirm")));

        var question = _get(Dialog.class);
        assertThat(question.getElement().getTextRecursively())
                .contains("Remove the passkey \"Laptop\"? It will no longer sign you in.");
        _click(_get(question, Button.class, spec -> spec.withText("Remove")));

        assertThat(passkeys.has("nina")).isFalse();
        assertThat(section.none.isVisible()).isTrue();
    }

    private static PasskeysSection open() {
        UI.getCurrent().navigate("account/security");
        return _get(PasskeysSection.class);
    }

    /** The button saying {@code text} beside the first passkey. */
    private static Button action(PasskeysSection section, String text) {
        return ((HorizontalLayout) GridKt._getCellComponent(section.passkeys, 0, "actions"))
                .getChildren()
                .map(Button.class::cast)
                .filter(button -> button.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
