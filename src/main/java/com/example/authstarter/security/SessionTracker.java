package com.example.authstarter.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP sessions of this app instance. It tracks the session objects themselves, which keeps it right
 * when Spring Security changes a session's id at sign-in, and notes the browser each session was started
 * from. Only {@link SignIns} uses it; sessions on other instances are not seen here.
 */
@Component
class SessionTracker implements HttpSessionListener {

    /** A session of one user, as this instance sees it. */
    record Tracked(String id, Browsers.Device device, Instant started, Instant lastSeen) {}

    private static final String DEVICE = SessionTracker.class.getName() + ".device";

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        var session = event.getSession();
        // A session is created while its first request is handled, so that request names the browser.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            session.setAttribute(DEVICE, Browsers.describe(request.getRequest().getHeader("User-Agent")));
        }
        sessions.add(session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** The user's sessions here, in no particular order. */
    List<Tracked> sessionsOf(String username) {
        return owned(username)
                .map(SessionTracker::describe)
                .flatMap(Stream::ofNullable)
                .toList();
    }

    /** Ends the user's sessions with the given id (a session of someone else is left alone). */
    void end(String username, String sessionId) {
        owned(username).filter(session -> sessionId.equals(idOf(session))).forEach(this::invalidate);
    }

    /** Ends all the user's sessions but the one with {@code keepSessionId} (null: all). */
    void endAllExcept(String username, String keepSessionId) {
        owned(username)
                .filter(session -> keepSessionId == null || !keepSessionId.equals(idOf(session)))
                .forEach(this::invalidate);
    }

    private Stream<HttpSession> owned(String username) {
        return sessions.stream().filter(session -> username.equals(ownerOf(session)));
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

    private static Tracked describe(HttpSession session) {
        try {
            var device = session.getAttribute(DEVICE) instanceof Browsers.Device known
                    ? known
                    : new Browsers.Device(null, null);
            return new Tracked(
                    session.getId(),
                    device,
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
