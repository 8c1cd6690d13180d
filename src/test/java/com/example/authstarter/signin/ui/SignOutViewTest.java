package com.example.authstarter.signin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.HomeView;
import com.example.authstarter.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class SignOutViewTest extends KaribuTest {

    @Test
    void a_typed_logout_address_asks_and_signs_out_only_on_the_button() {
        testUsers.create("heidi");
        signInAs("heidi");

        UI.getCurrent().navigate(SignOutView.class);
        var view = _get(SignOutView.class);
        assertThat(signedIn()).as("opening the page signs no one out").isNotNull();
        assertThat(view.getElement().getTextRecursively()).contains("You are signed in as heidi.");
        _click(view.signOut);

        assertThat(signedIn()).isNull();
    }

    @Test
    void staying_signed_in_leads_back_to_the_start_page() {
        testUsers.create("heidi");
        signInAs("heidi");

        UI.getCurrent().navigate(SignOutView.class);

        assertThat(_get(SignOutView.class).stay.getHref())
                .isEqualTo(UI.getCurrent()
                        .getInternals()
                        .getRouter()
                        .getRegistry()
                        .getTargetUrl(HomeView.class)
                        .orElseThrow());
    }
}
