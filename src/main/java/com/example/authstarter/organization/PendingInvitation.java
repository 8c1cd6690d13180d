package com.example.authstarter.organization;

import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The invitation link a visitor opened before they were signed in, kept in the browser's session while they sign
 * in or sign up: signing up here with the address it was sent to needs no second mail, since the link proved that
 * address already.
 */
@Component
public class PendingInvitation {

    private static final String ATTRIBUTE = PendingInvitation.class.getName();

    private final Invitations invitations;
    private final AccountCredentials accounts;

    PendingInvitation(Invitations invitations, AccountCredentials accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /** Keeps the link's token in this browser's session. */
    public static void keep(String token) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(ATTRIBUTE, token);
        }
    }

    /** The invitation whose link this browser opened, while it is valid. */
    public Optional<Invitations.Offer> offer() {
        return token().flatMap(invitations::peek);
    }

    /**
     * A sign-up in this browser with the invited address: verified at once. It runs before the verification mail is
     * queued, which is then not sent.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onRegistered(AccountEvents.Registered registered) {
        var offer = offer();
        if (offer.isEmpty()) {
            return;
        }
        accounts.of(registered.username())
                .filter(account -> UserKeys.email(account.email())
                        .equals(UserKeys.email(offer.get().email())))
                .ifPresent(account -> accounts.emailProven(account.username(), account.email()));
    }

    private static Optional<String> token() {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) session.getSession().getAttribute(ATTRIBUTE));
    }
}
