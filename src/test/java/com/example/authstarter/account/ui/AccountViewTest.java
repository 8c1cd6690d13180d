package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class AccountViewTest extends KaribuTest {

    @Test
    void the_page_is_made_of_its_sections_in_order() {
        testUsers.create("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate(AccountView.class);

        var view = _get(AccountView.class);
        assertThat(view.getChildren().skip(1).map(section -> section.getClass().getSimpleName()))
                .containsExactly(
                        "PasswordSection",
                        "EmailSection",
                        "TwoStepSection",
                        "PasskeysSection",
                        "SessionsSection",
                        "ActivitySection",
                        "DeleteAccountSection");
        assertThat(view.getChildren()
                        .skip(1)
                        .map(section -> section.getChildren()
                                .filter(H2.class::isInstance)
                                .map(heading -> ((H2) heading).getText())
                                .findFirst()
                                .orElseThrow()))
                .containsExactly(
                        "Password",
                        "Email",
                        "Two-step sign-in",
                        "Passkeys",
                        "Where you are signed in",
                        "Recent activity",
                        "Delete account");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate(AccountView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
    }
}
