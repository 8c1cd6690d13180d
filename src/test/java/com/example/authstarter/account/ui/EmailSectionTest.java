package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.user.TestUsers;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailSectionTest extends KaribuTest {

    EmailSection section;

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        testUsers.create("peter");
        signInAs("olivia");
        UI.getCurrent().navigate(AccountView.class);
        section = _get(EmailSection.class);
    }

    @Test
    void the_owner_sees_their_own_address() {
        assertThat(section.currentEmail.getText()).isEqualTo("Your address: olivia@example.com");
    }

    @Test
    void a_new_address_needs_the_current_password() {
        _setValue(section.newEmail, "olivia@new.example");
        _setValue(section.password, "not it");

        _click(section.change);

        assertThat(section.password.isInvalid()).isTrue();
        assertThat(testUsers.email("olivia")).isEqualTo("olivia@example.com");
    }

    @Test
    void an_address_someone_else_has_is_refused_on_the_email_field() {
        _setValue(section.newEmail, "PETER@example.com");
        _setValue(section.password, TestUsers.PASSWORD);

        _click(section.change);

        assertThat(section.newEmail.isInvalid()).isTrue();
        assertThat(section.newEmail.getErrorMessage()).isEqualTo("That email address is already registered");
    }

    @Test
    void a_new_address_is_stored_and_shown() {
        _setValue(section.newEmail, "olivia@new.example");
        _setValue(section.password, TestUsers.PASSWORD);

        _click(section.change);

        NotificationsKt.expectNotifications("Email changed.");
        assertThat(testUsers.email("olivia")).isEqualTo("olivia@new.example");
        assertThat(section.currentEmail.getText()).isEqualTo("Your address: olivia@new.example");
        assertThat(section.newEmail.getValue()).isEmpty();
    }
}
