package com.example.authstarter.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.base.ui.HomeView;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class LogoutViewTest extends KaribuTest {

    @Test
    void a_typed_logout_address_asks_and_signs_out_only_on_the_button() {
        testUsers.create("heidi");
        signInAs("heidi");

        UI.getCurrent().navigate(LogoutView.class);
        var view = _get(LogoutView.class);
        assertThat(signedIn()).as("opening the page signs no one out").isNotNull();
        assertThat(view.getElement().getTextRecursively()).contains("You are signed in as heidi.");
        _click(view.signOut);

        assertThat(signedIn()).isNull();
    }

    @Test
    void staying_signed_in_leads_back_to_the_start_page() {
        testUsers.create("heidi");
        signInAs("heidi");

        UI.getCurrent().navigate(LogoutView.class);

        assertThat(_get(LogoutView.class).stay.getHref())
                .isEqualTo(UI.getCurrent()
                        .getInternals()
                        .getRouter()
                        .getRegistry()
                        .getTargetUrl(HomeView.class)
                        .orElseThrow());
    }
}
