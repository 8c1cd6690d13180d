package com.example.authstarter.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.HomeView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForgotPasswordViewTest extends KaribuTest {

    @Autowired
    Mails mails;

    @Test
    void known_and_unknown_accounts_get_the_same_sentence_and_only_the_account_gets_mail() {
        testUsers.create("rosa");

        var known = ask("rosa");
        var unknown = ask("nobody-here");

        assertThat(known)
                .isEqualTo(unknown)
                .isEqualTo(
                        "If an account matches, we sent a link to its email address. It works once, for 30 minutes.");
        mails.arrived("rosa@example.com", "Choose a new password");
        assertThat(mails.all()).noneMatch(mail -> mail.to().contains("nobody"));
    }

    @Test
    void the_reset_link_is_built_from_the_public_address_even_when_the_request_named_another_host() {
        testUsers.create("rosa");
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.getHeaders().put("Host", List.of("evil.example"));
        request.getHeaders().put("X-Forwarded-Host", List.of("evil.example"));
        assertThat(VaadinServletRequest.getCurrent().getHeader("Host")).isEqualTo("evil.example");

        ask("rosa");

        var link = mails.arrived("rosa@example.com", "Choose a new password").link();
        assertThat(link)
                .startsWith("https://auth.example.test/reset-password?token=")
                .doesNotContain("evil");
    }

    @Test
    void an_empty_field_is_asked_for_and_nothing_is_sent() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        var view = _get(ForgotPasswordView.class);

        _click(view.form.send);

        assertThat(view.form.identifier.isInvalid()).isTrue();
        assertThat(view.form.sent.isVisible()).isFalse();
    }

    @Test
    void the_page_speaks_german_to_a_german_browser() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        assertThat(ask("rosa")).startsWith("Wenn ein Konto passt, haben wir einen Link");
    }

    @Test
    void a_signed_in_user_is_sent_to_the_start_page() {
        testUsers.create("rosa");
        signInAs("rosa");

        UI.getCurrent().navigate(ForgotPasswordView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    private static String ask(String identifier) {
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(ForgotPasswordView.class);
        var view = _get(ForgotPasswordView.class);
        _setValue(view.form.identifier, identifier);
        _click(view.form.send);
        assertThat(view.form.send.isVisible()).isFalse();
        return view.form.sent.isVisible() ? view.form.sent.getText() : "";
    }
}
