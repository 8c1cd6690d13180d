package com.example.authstarter.external;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * The addresses that take a person to a provider, for the pages: to sign in, to connect the identity there to
 * the signed-in account, or to confirm it is them. What the trip was for is kept in the session ({@link
 * ExternalIntent}); how it ended is said once on the page they return to ({@link Notice}).
 */
public final class ProviderTrips {

    private static final String AUTHORIZATION = "/oauth2/authorization/";

    private ProviderTrips() {}

    /** Signs in with the provider, then back to the page first asked for. */
    public static String signIn(String providerId) {
        return AUTHORIZATION + providerId;
    }

    /** Connects the identity at the provider to {@code username}'s account, then back to {@code returnTo}. */
    public static String connect(HttpSession session, String username, String providerId, String returnTo) {
        new ExternalIntent(ExternalIntent.Kind.CONNECT, username, returnTo).keepIn(session);
        return signIn(providerId);
    }

    /** Confirms it is {@code username} by signing in again at the provider, then back to {@code returnTo}. */
    public static String confirm(HttpSession session, String username, String providerId, String returnTo) {
        new ExternalIntent(ExternalIntent.Kind.CONFIRM, username, returnTo).keepIn(session);
        return signIn(providerId);
    }

    /** How a trip of a signed-in person ended, to be said once on the page they came back to. */
    public record Notice(String textKey, boolean problem) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private static final String ATTRIBUTE = Notice.class.getName();

        static Notice connected() {
            return new Notice("connected.added", false);
        }

        static Notice problem(ExternalProblem problem) {
            return new Notice(problem.textKey() + ".message", true);
        }

        void keepIn(HttpSession session) {
            session.setAttribute(ATTRIBUTE, this);
        }

        /** The notice waiting in the session, removed: it is said once. */
        public static Optional<Notice> takeFrom(HttpSession session) {
            return Optional.ofNullable(TakenOnce.take(session, ATTRIBUTE, Notice.class));
        }
    }
}
