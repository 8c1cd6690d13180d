package com.example.authstarter.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.base.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_overlay_posts_to_spring_security_and_offers_remember_me_and_registration() {
        UI.getCurrent().navigate(LoginView.class);
        var view = _get(LoginView.class);

        assertThat(view.login.isOpened()).isTrue();
        assertThat(view.login.getAction()).isEqualTo("login");
        assertThat(view.login.isError()).isFalse();
        assertThat(view.rememberMe.getElement().getAttribute("name")).isEqualTo("remember-me");
        assertThat(view.rememberMe.getParent())
                .as("slotted into the overlay's form")
                .hasValue(view.login);
        assertThat(view.register.getHref()).isEqualTo("register");
    }

    @Test
    void a_failed_sign_in_shows_the_error_in_the_overlay() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        assertThat(_get(LoginOverlay.class).isError()).isTrue();
    }

    @Test
    void a_signed_in_user_asking_for_login_is_sent_to_the_backend() {
        testUsers.create("dave");
        signInAs("dave");

        UI.getCurrent().navigate(LoginView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void a_busy_server_is_explained_in_the_overlay() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("busy", ""));

        var overlay = _get(LoginOverlay.class);
        assertThat(overlay.isError()).isTrue();
        assertThat(String.valueOf(overlay.getElement().getPropertyRaw("i18n"))).contains("The server is busy");
    }
}
