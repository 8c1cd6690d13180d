package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.sessions.SessionEndReason;
import com.example.authstarter.sessions.Sessions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * Where the person is signed in, on every instance of the app: each session with its browser, the address it
 * signed in from, when it signed in and when it was last seen (a closed browser's session stops there), and
 * the devices that keep them signed in; each can be ended, or all but this browser at once.
 */
@SpringComponent
@Scope("prototype")
@Order(50)
class SessionsSection extends AccountSection {

    final Grid<Sessions.Session> sessions = new Grid<>();
    final Button signOutEverywhereElse = new Button(getTranslation("account.sign-out-elsewhere"));
    final Grid<Sessions.RememberedDevice> devices = new Grid<>();

    private final Sessions service;

    SessionsSection(Sessions service, AuthenticationContext authentication) {
        super(authentication);
        this.service = service;

        sessions.addColumn(this::describe)
                .setHeader(getTranslation("account.session"))
                .setAutoWidth(true);
        sessions.addColumn(Sessions.Session::clientAddress)
                .setHeader(getTranslation("account.session.address"))
                .setAutoWidth(true);
        sessions.addColumn(session -> Dates.when(session.signedIn()))
                .setHeader(getTranslation("account.session.started"))
                .setAutoWidth(true);
        sessions.addColumn(session -> Dates.when(session.lastSeen()))
                .setHeader(getTranslation("account.session.last-seen"))
                .setAutoWidth(true);
        sessions.addComponentColumn(session -> isThisBrowser(session)
                        ? new Span()
                        : new Button(getTranslation("account.sign-out"), click -> {
                            service.endSession(username(), session.id());
                            refresh();
                        }))
                .setHeader(getTranslation("account.actions"))
                .setKey("end");
        sessions.setAllRowsVisible(true);
        signOutEverywhereElse.addClickListener(click -> {
            service.signOutEverywhereElse(username(), sessionId(), SessionEndReason.SIGNED_OUT_ELSEWHERE);
            refresh();
        });

        devices.addColumn(device -> Dates.when(device.lastUsed()))
                .setHeader(getTranslation("account.device.last-used"))
                .setAutoWidth(true);
        devices.addComponentColumn(device -> new Button(getTranslation("account.device.forget"), click -> {
                    service.forgetDevice(username(), device.series());
                    refresh();
                }))
                .setHeader(getTranslation("account.actions"))
                .setKey("forget");
        devices.setAllRowsVisible(true);

        add(
                new H2(getTranslation("account.sessions")),
                sessions,
                signOutEverywhereElse,
                new H2(getTranslation("account.devices")),
                devices);
        refresh();
    }

    @Override
    protected void refresh() {
        sessions.setItems(service.of(username(), sessionId()));
        devices.setItems(service.devices(username()));
    }

    private static boolean isThisBrowser(Sessions.Session session) {
        return session.current();
    }

    private String describe(Sessions.Session session) {
        String device;
        if (session.browser() == null) {
            device = getTranslation("account.session.unknown-browser");
        } else if (session.system() == null) {
            device = session.browser();
        } else {
            device = getTranslation("account.session.browser-on", session.browser(), session.system());
        }
        return isThisBrowser(session) ? getTranslation("account.session.this", device) : device;
    }
}
