package com.example.authstarter.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.user.PasswordReset;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResetPasswordViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    PasswordReset reset;

    @Autowired
    Mails mails;

    @Test
    void a_working_link_shows_the_form_for_the_account_and_sets_the_password() {
        var view = open(linkFor("rosa"));
        assertThat(view.username.getValue()).isEqualTo("rosa");
        assertThat(view.username.isReadOnly()).isTrue();
        assertThat(view.password.getElement().getAttribute("autocomplete")).isEqualTo("new-password");

        _setValue(view.password, NEW_PASSWORD);
        _setValue(view.repeat, NEW_PASSWORD);
        _click(view.save);

        assertThat(view.title.getText()).isEqualTo("Your password is changed");
        assertThat(view.password.isVisible()).isFalse();
        assertThat(view.next.getHref()).isEqualTo("login");
    }

    @Test
    void a_weak_password_is_refused_on_its_field_and_the_link_keeps_working() {
        var token = linkFor("rosa");
        var view = open(token);

        _setValue(view.password, "password1234");
        _setValue(view.repeat, "password1234");
        _click(view.save);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage())
                .isEqualTo("This password is one of the most common ones; choose another");
        assertThat(reset.usernameFor(token)).hasValue("rosa");
    }

    @Test
    void a_used_or_unknown_link_gets_a_clear_page_and_a_way_to_ask_again() {
        var view = open("a".repeat(43));

        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(view.message.getText()).isEqualTo("It has expired or was already used. Ask for a new one.");
        assertThat(view.password.isVisible()).isFalse();
        assertThat(view.next.getHref()).isEqualTo("forgot-password");
    }

    private String linkFor(String username) {
        testUsers.create(username);
        reset.request(username, "10.0.0.1");
        return mails.arrived(username + "@example.com", "Choose a new password").token();
    }

    private static ResetPasswordView open(String token) {
        UI.getCurrent().navigate(ResetPasswordView.class, QueryParameters.of("token", token));
        return _get(ResetPasswordView.class);
    }
}
