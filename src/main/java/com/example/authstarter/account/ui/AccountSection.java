package com.example.authstarter.account.ui;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of "My account", about the signed-in person's own account, shown on its {@link #page()} as a group
 * of its own. Sections are prototype-scoped Spring components placed in their {@code @Order}; features add their
 * own (two-step sign-in, passkeys), so the pages are made without knowing them. A change made in one section may
 * show in others (ending a session forgets no device, signing out everywhere else does): each says so ({@link
 * #changed}), and the page refreshes the sections it shows.
 */
public abstract class AccountSection extends Section {

    private final String username;
    private final String sessionId;
    private final List<Runnable> changeListeners = new ArrayList<>();

    protected AccountSection(AuthenticationContext authentication) {
        addClassName("account-group");
        this.username = authentication.getPrincipalName().orElseThrow();
        var session = VaadinSession.getCurrent();
        this.sessionId = session == null || session.getSession() == null
                ? ""
                : session.getSession().getId();
    }

    /** The page of "My account" this section stands on. */
    public abstract AccountPage page();

    /**
     * Whether the section has anything to offer on this site (connected accounts only where other providers are
     * configured). A page none of whose sections is offered is neither listed nor shown.
     */
    protected boolean isOffered() {
        return true;
    }

    /** Whose account it is: the signed-in person. */
    protected String username() {
        return username;
    }

    /** The session the page is seen in, which a change keeps signed in. */
    protected String sessionId() {
        return sessionId;
    }

    /**
     * Shows the account as it is now: called each time the section's page is shown and after a change made on the
     * same page. Sections read nothing before that, so a page reads only what it shows.
     */
    protected void refresh() {}

    /** Tells the page the account changed through this section. */
    protected void changed() {
        changeListeners.forEach(Runnable::run);
    }

    void whenChanged(Runnable listener) {
        changeListeners.add(listener);
    }
}
