package com.example.authstarter.organization;

import com.example.authstarter.user.AddressProof;
import com.example.authstarter.user.UserKeys;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The invitation link a visitor opened before they were signed in, kept in the browser's session while they sign
 * in or sign up: signing up with the address it was sent to needs no second mail, since the link proved that
 * address already.
 */
@Component
public class PendingInvitation implements AddressProof {

    private static final String ATTRIBUTE = PendingInvitation.class.getName();

    private final Invitations invitations;

    PendingInvitation(Invitations invitations) {
        this.invitations = invitations;
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

    @Override
    public boolean provenHere(String email) {
        return offer().map(offer -> UserKeys.email(offer.email()).equals(UserKeys.email(email)))
                .orElse(false);
    }

    private static Optional<String> token() {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) session.getSession().getAttribute(ATTRIBUTE));
    }
}
