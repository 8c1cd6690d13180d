package com.example.authstarter.sessions;

import com.example.authstarter.base.AppInstance;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's registry of signed-in sessions, kept in MongoDB so that every instance sees and can end
 * every session. Sessions stay in the servlet container of the instance that made them (Vaadin's UI state
 * lives there; a load balancer keeps each browser on its instance); a {@link SessionRecord} names each one.
 *
 * <p>Spring Security's {@code ConcurrentSessionFilter} asks {@link #getSessionInformation} on every request.
 * That costs at most one small read of the session's record a second ({@link CheckedRecords}), so a session
 * ended on any instance is refused here within a second or two of its next request. Ended here, it is refused
 * at once.
 */
@Component
public class SharedSessionRegistry implements SessionRegistry, HttpSessionListener, HttpSessionIdListener {

    /** How often a standing session's "last seen" is written: the list shows minutes, not requests. */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    /** A session of this instance, and its record's handle once it signed in. */
    private record Local(HttpSession session, String handle) {}

    /** This instance's sessions, by their container id. */
    private final Map<String, Local> local = new ConcurrentHashMap<>();

    private final SessionStore records;
    private final CheckedRecords checks;
    private final LiveInstances liveInstances;
    private final RecentlyEndedSessions recentlyEnded;
    private final AppInstance instance;
    private final Clock clock;

    SharedSessionRegistry(
            SessionStore records,
            LiveInstances liveInstances,
            RecentlyEndedSessions recentlyEnded,
            AppInstance instance,
            Clock clock) {
        this.records = records;
        this.checks = new CheckedRecords(records, clock);
        this.liveInstances = liveInstances;
        this.recentlyEnded = recentlyEnded;
        this.instance = instance;
        this.clock = clock;
    }

    // The servlet container tells of sessions made, renamed (at sign-in, against fixation) and ended.

    /** The HTTP sessions this instance holds, signed in or not. */
    int openHere() {
        return local.size();
    }

    /** The sessions this instance holds that someone signed in to. */
    long signedInHere() {
        return local.values().stream().filter(known -> known.handle() != null).count();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        local.put(event.getSession().getId(), new Local(event.getSession(), null));
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        var known = local.remove(oldSessionId);
        local.put(event.getSession().getId(), new Local(event.getSession(), known == null ? null : known.handle()));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        var known = local.remove(event.getSession().getId());
        if (known != null && known.handle() != null) {
            checks.forget(known.handle());
            records.remove(known.handle());
        }
    }

    // Spring Security's contract.

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        var known = local.get(sessionId);
        if (known == null) {
            throw new IllegalStateException("Signing in on a session this instance does not hold");
        }
        var session = known.session();
        var record = SessionRecord.signedIn(
                usernameOf(principal), instance, currentRequest(), clock.instant(), keepFor(session));
        records.insert(record);
        local.put(sessionId, new Local(session, record.handle()));
        checks.written(record);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        var handle = handleOf(sessionId);
        if (handle == null) {
            // Not signed in, or signed in before this registry knew it: nothing to refuse.
            return null;
        }
        var record = checks.check(handle).record();
        if (record == null) {
            // Its record is gone (swept, or the database was emptied): fail closed.
            return new EndedSession("", sessionId, new Date(), null);
        }
        var lastSeen = Date.from(record.lastSeen());
        if (record.endedAt() == null) {
            return new SessionInformation(record.username(), sessionId, lastSeen);
        }
        if (record.endReason() != null) {
            recentlyEnded.remember(sessionId, record.endReason());
        }
        return new EndedSession(record.username(), sessionId, lastSeen, record.endReason());
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        var known = local.get(sessionId);
        if (known == null || known.handle() == null) {
            return;
        }
        var handle = known.handle();
        var check = checks.check(handle);
        if (check.record() != null
                && !clock.instant().isBefore(check.touchedAt().plus(TOUCH_EVERY))) {
            records.touch(handle, keepFor(known.session()));
            checks.touched(handle, check);
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        var known = local.get(sessionId);
        if (known != null && known.handle() != null) {
            local.put(sessionId, new Local(known.session(), null));
            checks.forget(known.handle());
            records.remove(known.handle());
        }
    }

    /** Everyone signed in on a running instance. */
    @Override
    public List<Object> getAllPrincipals() {
        var live = liveInstances.ids();
        return records.standingAll().stream()
                .filter(record -> live.contains(record.instance()))
                .map(record -> (Object) record.username())
                .distinct()
                .toList();
    }

    /**
     * The user's sessions on running instances, on any of them. Their ids are the records' handles, the
     * only names that mean something across instances; {@link #handleOf(String)} gives this instance's own.
     */
    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        var live = liveInstances.ids();
        return (includeExpiredSessions ? records.all(usernameOf(principal)) : standing(usernameOf(principal)))
                .stream()
                        .filter(record -> live.contains(record.instance()))
                        .map(record -> record.endedAt() == null
                                ? new SessionInformation(
                                        record.username(), record.handle(), Date.from(record.lastSeen()))
                                : new EndedSession(
                                        record.username(),
                                        record.handle(),
                                        Date.from(record.lastSeen()),
                                        record.endReason()))
                        .toList();
    }

    // What Sessions asks beyond the contract.

    /** The user's standing sessions on running instances. */
    List<SessionRecord> standing(String username) {
        Set<String> live = liveInstances.ids();
        return records.standing(username).stream()
                .filter(record -> live.contains(record.instance()))
                .toList();
    }

    /** The handle of a session of this instance, by its container id; null if it is not signed in. */
    String handleOf(String sessionId) {
        var known = sessionId == null ? null : local.get(sessionId);
        return known == null ? null : known.handle();
    }

    /** Ends one of the user's sessions, wherever it is. */
    void end(String username, String handle, SessionEndReason reason) {
        records.end(username, handle, reason);
        checks.forgetUser(username);
    }

    /** Ends all the user's sessions but this instance's {@code keepSessionId} (null: all), wherever they are. */
    void endAllExcept(String username, String keepSessionId, SessionEndReason reason) {
        records.endAllExcept(username, handleOf(keepSessionId), reason);
        checks.forgetUser(username);
    }

    private static Duration keepFor(HttpSession session) {
        var timeout = session.getMaxInactiveInterval() > 0
                ? Duration.ofSeconds(session.getMaxInactiveInterval())
                : Duration.ofDays(1);
        return timeout.plus(SessionStore.MARGIN);
    }

    static String usernameOf(Object principal) {
        return switch (principal) {
            case UserDetails user -> user.getUsername();
            case Principal named -> named.getName();
            default -> String.valueOf(principal);
        };
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
