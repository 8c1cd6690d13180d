package com.example.authstarter.signinlink.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.user.ui.ForgotPasswordView;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInLinkViewsTest extends KaribuTest {

    @Autowired
    Mails mails;

    @Test
    void asking_for_a_link_answers_the_same_whoever_is_named_and_mails_only_an_account() {
        testUsers.create("lina");

        var known = ask("lina@example.com");
        var unknown = ask("nobody@example.com");

        assertThat(known).isEqualTo(unknown).startsWith("If an account matches, we sent a sign-in link");
        mails.arrived("lina@example.com", "Your sign-in link");
        assertThat(mails.all()).noneMatch(mail -> mail.to().startsWith("nobody"));
    }

    @Test
    void the_page_a_link_opens_holds_a_form_that_posts_the_token_to_spring_security() {
        UI.getCurrent().navigate(SignInLinkView.class, QueryParameters.of("token", "t".repeat(43)));
        var view = _get(SignInLinkView.class);

        var form = view.form.getElement().getChild(0);
        assertThat(form.getTag()).isEqualTo("form");
        assertThat(form.getAttribute("method")).isEqualTo("post");
        assertThat(form.getAttribute("action")).isEqualTo("login/ott");
        assertThat(form.getChildren())
                .anySatisfy(input -> assertThat(input.getAttribute("name")).isEqualTo("token"));
        assertThat(view.signIn.getElement().getAttribute("type")).isEqualTo("submit");
        assertThat(view.askAgain.isVisible()).isFalse();
    }

    @Test
    void a_link_that_no_longer_works_gets_a_clear_page_and_a_way_to_ask_again() {
        UI.getCurrent().navigate(SignInLinkView.class, QueryParameters.of("invalid", ""));
        var view = _get(SignInLinkView.class);

        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(view.form.getElement().getChildCount()).isZero();
        assertThat(view.askAgain.getHref()).isEqualTo("login/link");
    }

    @Test
    void the_sign_in_page_offers_a_forgotten_password_and_a_sign_in_link() {
        UI.getCurrent().navigate(SignInView.class);
        var login = _get(LoginOverlay.class);

        assertThat(_get(RouterLink.class, spec -> spec.withText("Email me a sign-in link instead"))
                        .getHref())
                .isEqualTo("login/link");
        assertThat(String.valueOf(login.getElement().getPropertyRaw("i18n")))
                .contains("Forgot password?")
                .contains("Username or email");
        ComponentUtil.fireEvent(login, new AbstractLogin.ForgotPasswordEvent(login, true));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    private static String ask(String identifier) {
        UI.getCurrent().navigate(SignInView.class);
        UI.getCurrent().navigate(SignInLinkRequestView.class);
        var view = _get(SignInLinkRequestView.class);
        _setValue(view.form.identifier, identifier);
        _click(view.form.send);
        return view.form.sent.isVisible() ? view.form.sent.getText() : "";
    }
}
