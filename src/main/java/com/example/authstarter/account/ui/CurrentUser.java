package com.example.authstarter.account.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Who is looking at the account page, and from which session. */
record CurrentUser(String username, String sessionId) {

    static CurrentUser of(AuthenticationContext authentication) {
        var session = VaadinSession.getCurrent();
        var sessionId = session == null || session.getSession() == null
                ? ""
                : session.getSession().getId();
        return new CurrentUser(authentication.getPrincipalName().orElseThrow(), sessionId);
    }
}
