package com.example.authstarter.security.ui;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ui.AskByMailForm;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.security.SignInLinks;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** "Email me a sign-in link": a username or email, then a link by mail if an account matches. */
@Route(value = "login/link", autoLayout = false)
@AnonymousAllowed
public class SignInLinkRequestView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final AskByMailForm form;

    private final AuthenticationContext authentication;

    SignInLinkRequestView(SignInLinks links, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.form = new AskByMailForm("link", typed -> links.request(typed, ClientAddress.current()), "login");
        addClassName("narrow-page");
        add(new H1(getTranslation("link.title")), new Paragraph(getTranslation("link.text")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "link.title");
    }
}
