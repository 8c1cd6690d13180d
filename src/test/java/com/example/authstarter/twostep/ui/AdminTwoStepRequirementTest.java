package com.example.authstarter.twostep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.account.ui.AccountView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.twostep.TwoStep;
import com.example.authstarter.twostep.TwoStepSettings;
import com.example.authstarter.user.UserAdministration;
import com.example.authstarter.user.ui.MembersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminTwoStepRequirementTest extends KaribuTest {

    @Autowired
    TwoStep twoStep;

    @Autowired
    TwoStepFixtures app;

    @Autowired
    UserAdministration administration;

    @Autowired
    AuthenticationContext authentication;

    @Test
    void an_administrator_without_a_second_step_is_taken_to_set_it_up_until_it_is_on() {
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        signInAs("root");
        required(true);

        UI.getCurrent().navigate(MembersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccountView.class);

        app.turnOn("root");
        UI.getCurrent().navigate(MembersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MembersView.class);
    }

    @Test
    void a_member_is_left_alone() {
        testUsers.create("mia");
        signInAs("mia");
        required(true);

        UI.getCurrent().navigate(MembersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MembersView.class);
    }

    @Test
    void by_default_administrators_are_not_asked() {
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        signInAs("root");
        required(false);

        UI.getCurrent().navigate(MembersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MembersView.class);
    }

    /** The listener as the app registers it for each UI, with the setting as given. */
    private void required(boolean on) {
        new AdminTwoStepRequirement(new TwoStepSettings(on), twoStep, authentication).register(UI.getCurrent());
    }
}
