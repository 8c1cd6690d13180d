package com.example.authstarter.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions of this app instance, so people can see where they are signed in and end those
 * sessions. It tracks the session objects themselves, which keeps it right when Spring Security changes a
 * session's id at sign-in. Sessions on other instances are not seen: for that, move sessions to a shared
 * store (Spring Session).
 */
@Component
public class SessionTracker implements HttpSessionListener {

    /** One signed-in session, as its owner sees it. */
    public record SignedInSession(String id, Instant started, Instant lastActive) {}

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** The user's sessions here, most recently active first. */
    public List<SignedInSession> sessionsOf(String username) {
        return sessions.stream()
                .filter(session -> username.equals(ownerOf(session)))
                .map(SessionTracker::describe)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(SignedInSession::lastActive).reversed())
                .toList();
    }

    /** Ends one of the user's sessions; a session of someone else is left alone. */
    public void end(String username, String sessionId) {
        sessions.stream()
                .filter(session -> username.equals(ownerOf(session)) && sessionId.equals(idOf(session)))
                .forEach(this::invalidate);
    }

    /** Ends all the user's sessions but the one with {@code keepSessionId} (null: all). */
    public void endAllExcept(String username, String keepSessionId) {
        sessions.stream()
                .filter(session -> username.equals(ownerOf(session)))
                .filter(session -> keepSessionId == null || !keepSessionId.equals(idOf(session)))
                .forEach(this::invalidate);
    }

    private static String ownerOf(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                    instanceof SecurityContext context
                            && context.getAuthentication() != null
                    ? context.getAuthentication().getName()
                    : null;
        } catch (IllegalStateException invalidated) {
            // Ended between listing and reading: it belongs to no one any more.
            return null;
        }
    }

    private static String idOf(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static SignedInSession describe(HttpSession session) {
        try {
            return new SignedInSession(
                    session.getId(),
                    Instant.ofEpochMilli(session.getCreationTime()),
                    Instant.ofEpochMilli(session.getLastAccessedTime()));
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // It ended meanwhile, as asked; only the tracking is left to drop.
            sessions.remove(session);
        }
    }
}
