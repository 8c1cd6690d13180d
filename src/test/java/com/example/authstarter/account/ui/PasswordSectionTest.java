package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.SessionFixtures;
import com.example.authstarter.testing.Translations;
import com.example.authstarter.testing.UserFixtures;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordSectionTest extends KaribuTest {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    SessionFixtures testSignIns;

    @Autowired
    Sessions sessions;

    PasswordSection section;

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        testSignIns.rememberDevice("olivia", "laptop");
        signInAs("olivia");
        UI.getCurrent().navigate("account/password");
        section = _get(PasswordSection.class);
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field() {
        _setValue(section.current, "not it");
        _setValue(section.newPassword, NEW_PASSWORD);
        _setValue(section.repeat, NEW_PASSWORD);

        _click(section.change);

        assertThat(section.current.isInvalid()).isTrue();
        assertThat(section.current.getErrorMessage())
                .isEqualTo(Translations.english(IdentityConfirmation.WRONG_PASSWORD));
        assertThat(section.newPassword.getValue()).isEqualTo(NEW_PASSWORD);
    }

    @Test
    void a_weak_new_password_is_shown_on_the_new_password_field() {
        _setValue(section.current, UserFixtures.PASSWORD);
        _setValue(section.newPassword, "password1234");
        _setValue(section.repeat, "password1234");

        _click(section.change);

        assertThat(section.newPassword.isInvalid()).isTrue();
        assertThat(section.current.isInvalid()).isFalse();
    }

    @Test
    void changing_the_password_confirms_and_forgets_remembered_devices() {
        assertThat(sessions.devices("olivia")).hasSize(1);
        _setValue(section.current, UserFixtures.PASSWORD);
        _setValue(section.newPassword, NEW_PASSWORD);
        _setValue(section.repeat, NEW_PASSWORD);

        _click(section.change);

        NotificationsKt.expectNotifications("Password changed. Your other sessions and devices were signed out.");
        assertThat(sessions.devices("olivia")).isEmpty();
        assertThat(section.current.getValue()).isEmpty();
        assertThat(section.current.getElement().getAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(section.newPassword.getElement().getAttribute("autocomplete"))
                .isEqualTo("new-password");
        UI.getCurrent().navigate("account/sessions");
        assertThat(_get(DevicesSection.class).none.isVisible())
                .as("the page of sessions and devices shows it")
                .isTrue();
    }
}
