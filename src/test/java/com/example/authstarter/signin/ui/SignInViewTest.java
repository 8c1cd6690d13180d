package com.example.authstarter.signin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.HomeView;
import com.example.authstarter.sessions.SessionEndReason;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignInViewTest extends KaribuTest {

    @Test
    void the_overlay_posts_to_spring_security_and_offers_remember_me_and_registration() {
        UI.getCurrent().navigate(SignInView.class);
        var view = _get(SignInView.class);

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
        UI.getCurrent().navigate(SignInView.class, QueryParameters.of("error", ""));

        assertThat(_get(LoginOverlay.class).isError()).isTrue();
    }

    @Test
    void a_signed_in_user_asking_for_login_is_sent_to_the_backend() {
        testUsers.create("dave");
        signInAs("dave");

        UI.getCurrent().navigate(SignInView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void a_busy_server_is_explained_in_the_overlay() {
        UI.getCurrent().navigate(SignInView.class, QueryParameters.of("busy", ""));

        var overlay = _get(LoginOverlay.class);
        assertThat(overlay.isError()).isTrue();
        assertThat(String.valueOf(overlay.getElement().getPropertyRaw("i18n"))).contains("The server is busy");
    }

    @Test
    void a_database_outage_at_sign_in_is_not_called_a_wrong_password() {
        assertThat(overlayTextsAt("unavailable", ""))
                .contains("Temporarily unavailable")
                .doesNotContain("Incorrect username or password");
        assertThat(_get(LoginOverlay.class).isError()).isTrue();
    }

    @Test
    void a_throttled_sign_in_is_told_how_long_to_wait_in_seconds_or_minutes() {
        assertThat(overlayTextsAt("wait", "1")).contains("Too many failed attempts", "Try again in 1 second (");
        assertThat(overlayTextsAt("wait", "45")).contains("Try again in 45 seconds (or reset your password)");
        assertThat(overlayTextsAt("wait", "900")).contains("Try again in 15 minutes (or reset your password)");
        assertThat(_get(LoginOverlay.class).isError()).isTrue();
    }

    @Test
    void a_german_browser_is_told_to_wait_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        assertThat(overlayTextsAt("wait", "30"))
                .contains("Zu viele fehlgeschlagene Versuche", "Versuchen Sie es in 30 Sekunden erneut");
    }

    @Test
    void an_empty_field_is_named_in_the_browsers_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        assertThat(overlayTextsAt("error", ""))
                .contains("Geben Sie Ihr Passwort ein", "Geben Sie Ihren Benutzernamen")
                .doesNotContain("is required");
    }

    @Test
    void an_edited_wait_shows_no_made_up_message() {
        assertThat(overlayTextsAt("wait", "soon")).doesNotContain("Too many failed attempts");
        assertThat(_get(LoginOverlay.class).isError()).isFalse();
    }

    private static String overlayTextsAt(String parameter, String value) {
        UI.getCurrent().navigate(SignInView.class, QueryParameters.of(parameter, value));
        return String.valueOf(_get(LoginOverlay.class).getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_session_ended_elsewhere_is_told_why_once_in_the_browsers_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(SessionEndReason.NOTICE, SessionEndReason.PASSWORD_CHANGED);

        UI.getCurrent().navigate(SignInView.class);

        var notice = _get(Notification.class);
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.getDuration()).as("stays until closed").isZero();
        assertThat(notice.getElement().getTextRecursively())
                .contains("Sie wurden abgemeldet", "Ihr Passwort wurde geändert");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(SessionEndReason.NOTICE))
                .isNull();
    }

    @Test
    void every_reason_a_session_ends_for_has_its_words() {
        for (var reason : SessionEndReason.values()) {
            for (var language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                assertThat(Translations.text(language, reason.textKey()))
                        .as(reason.name())
                        .isNotBlank();
            }
        }
    }
}
