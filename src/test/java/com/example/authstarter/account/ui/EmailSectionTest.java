package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmailSectionTest extends KaribuTest {

    @Autowired
    Mails mails;

    EmailSection section;

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        testUsers.create("peter");
        signInAs("olivia");
        UI.getCurrent().navigate("account/email");
        section = _get(EmailSection.class);
    }

    @Test
    void the_owner_sees_their_own_address_not_verified_yet_with_a_way_to_get_a_new_link() {
        assertThat(section.currentEmail.getText()).isEqualTo("Your address: olivia@example.com (not verified yet)");
        assertThat(section.resend.isVisible()).isTrue();

        _click(section.resend);

        NotificationsKt.expectNotifications("A new verification link is on its way.");
        mails.arrived("olivia@example.com", "Confirm your email address");
    }

    @Test
    void a_verified_address_says_so_and_offers_no_link() {
        testUsers.verifyEmail("olivia");

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("account/email");

        var fresh = _get(EmailSection.class);
        assertThat(fresh.currentEmail.getText()).isEqualTo("Your address: olivia@example.com (verified)");
        assertThat(fresh.resend.isVisible()).isFalse();
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
        _setValue(section.password, UserFixtures.PASSWORD);

        _click(section.change);

        assertThat(section.newEmail.isInvalid()).isTrue();
        assertThat(section.newEmail.getErrorMessage()).isEqualTo("That email address is already registered");
    }

    @Test
    void a_new_address_gets_a_link_and_changes_only_when_it_is_opened() {
        _setValue(section.newEmail, "olivia@new.example");
        _setValue(section.password, UserFixtures.PASSWORD);

        _click(section.change);

        NotificationsKt.expectNotifications(
                "We sent a link to olivia@new.example. Your address changes when you open it; until then the old one stays.");
        assertThat(testUsers.email("olivia")).isEqualTo("olivia@example.com");
        assertThat(section.newEmail.getValue()).isEmpty();
        mails.arrived("olivia@new.example", "Confirm your new email address");
    }
}
