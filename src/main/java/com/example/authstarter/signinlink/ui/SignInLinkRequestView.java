package com.example.authstarter.signinlink.ui;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ui.AskByMailPage;
import com.example.authstarter.signinlink.SignInLinks;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** "Email me a sign-in link": a username or email, then a link by mail if an account matches. */
@Route(value = SignInLinks.REQUEST_ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInLinkRequestView extends AskByMailPage {

    SignInLinkRequestView(SignInLinks links, AuthenticationContext authentication) {
        super("link", typed -> links.request(typed, ClientAddress.current()), authentication);
    }
}
