package com.example.authstarter.user.ui;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ui.AskByMailForm;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.user.PasswordReset;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** "Forgot your password?": a username or email, then a link by mail if an account matches. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final AskByMailForm form;

    private final AuthenticationContext authentication;

    ForgotPasswordView(PasswordReset reset, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.form = new AskByMailForm("forgot", typed -> reset.request(typed, ClientAddress.current()), "login");
        addClassName("narrow-page");
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.text")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "forgot.title");
    }
}
