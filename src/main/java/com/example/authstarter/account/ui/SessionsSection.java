package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.sessions.SessionEndReason;
import com.example.authstarter.sessions.Sessions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * Where the person is signed in, on every instance of the app: each session with its browser, the address it
 * signed in from, when it signed in and when it was last seen (a closed browser's session stops there); each can
 * be ended, or all but this browser at once. On a phone the list keeps the browser, last seen and the button.
 */
@SpringComponent
@Scope("prototype")
@Order(50)
class SessionsSection extends AccountSection {

    final Grid<Sessions.Session> sessions = new Grid<>();
    final Button signOutEverywhereElse = new Button(getTranslation("account.sign-out-elsewhere"));

    private final Sessions service;

    SessionsSection(Sessions service, AuthenticationContext authentication) {
        super(authentication);
        this.service = service;

        var device = sessions.addColumn(this::describe)
                .setHeader(getTranslation("account.session"))
                .setFlexGrow(2);
        var address = sessions.addColumn(Sessions.Session::clientAddress)
                .setHeader(getTranslation("account.session.address"))
                .setFlexGrow(1);
        var started = sessions.addColumn(session -> Dates.when(session.signedIn()))
                .setHeader(getTranslation("account.session.started"))
                .setFlexGrow(1);
        var lastSeen = sessions.addColumn(session -> Dates.when(session.lastSeen()))
                .setHeader(getTranslation("account.session.last-seen"))
                .setFlexGrow(1);
        // On a phone one column says it all: the browser and when it was last seen.
        var briefly = sessions.addColumn(session ->
                        getTranslation("account.session.briefly", describe(session), Dates.when(session.lastSeen())))
                .setHeader(getTranslation("account.session"))
                .setFlexGrow(1);
        var end = sessions.addComponentColumn(session -> isThisBrowser(session)
                        ? new Span()
                        : new Button(getTranslation("account.sign-out"), click -> {
                            service.endSession(username(), session.id());
                            changed();
                        }))
                .setHeader(getTranslation("account.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("end");
        sessions.setAllRowsVisible(true);
        Grids.forScreens(sessions, List.of(device, address, started, lastSeen), List.of(briefly));
        sessions.setColumnOrder(briefly, device, address, started, lastSeen, end);
        signOutEverywhereElse.addClickListener(click -> {
            service.signOutEverywhereElse(username(), sessionId(), SessionEndReason.SIGNED_OUT_ELSEWHERE);
            changed();
        });

        add(new H2(getTranslation("account.sessions")), sessions, signOutEverywhereElse);
    }

    @Override
    public AccountPage page() {
        return AccountPage.SESSIONS;
    }

    @Override
    protected void refresh() {
        var list = service.of(username(), sessionId());
        sessions.setItems(list);
        signOutEverywhereElse.setEnabled(list.size() > 1);
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
