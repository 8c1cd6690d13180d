package com.example.authstarter.security;

import com.example.authstarter.base.AppInstance;
import com.example.authstarter.base.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * That costs at most one small read of the session's record a second ({@link #RECHECK}), so a session ended
 * on any instance is refused here within a second or two of its next request. Ended here, it is refused at
 * once.
 */
@Component
class MongoSessionRegistry implements SessionRegistry, HttpSessionListener, HttpSessionIdListener {

    /** How long what was read of a record is trusted before its next request reads it again. */
    static final Duration RECHECK = Duration.ofSeconds(1);
    /** How often a standing session's "last seen" is written: the list shows minutes, not requests. */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A session's record as last read here ({@code record} null: it is gone), when, and when its "last
     * seen" was last written.
     */
    private record Check(SessionRecord record, Instant readAt, Instant touchedAt) {}

    /** A session that was ended from outside, and why; the sign-in page says why. */
    static final class EndedSession extends SessionInformation {

        private final SessionEndReason reason;

        EndedSession(Object principal, String sessionId, Date lastRequest, SessionEndReason reason) {
            super(principal, sessionId, lastRequest);
            this.reason = reason;
            expireNow();
        }

        SessionEndReason reason() {
            return reason;
        }
    }

    /** A session of this instance, and its record's handle once it signed in. */
    private record Local(HttpSession session, String handle) {}

    /** This instance's sessions, by their container id. */
    private final Map<String, Local> local = new ConcurrentHashMap<>();

    private final Map<String, Check> checks = new ConcurrentHashMap<>();

    /**
     * Why sessions of this instance were refused lately, by their old id. A page being left can send one
     * last request (Vaadin's unload beacon) that is refused first and gets the new session with the reason,
     * while the browser's next page load still carries the old id and would start a session without it.
     */
    private final Map<String, Ended> recentlyEnded = new ConcurrentHashMap<>();

    private record Ended(SessionEndReason reason, Instant at) {}

    static final Duration REMEMBER_ENDED = Duration.ofMinutes(2);
    private final SessionRecords records;
    private final LiveInstances liveInstances;
    private final AppInstance instance;
    private final Clock clock;

    MongoSessionRegistry(SessionRecords records, LiveInstances liveInstances, AppInstance instance, Clock clock) {
        this.records = records;
        this.liveInstances = liveInstances;
        this.instance = instance;
        this.clock = clock;
    }

    // The servlet container tells of sessions made, renamed (at sign-in, against fixation) and ended.

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
            checks.remove(known.handle());
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
        var now = clock.instant();
        var request = currentRequest();
        var device = Browsers.describe(request == null ? null : request.getHeader("User-Agent"));
        var record = new SessionRecord(
                newHandle(),
                usernameOf(principal),
                instance.id(),
                instance.name(),
                request == null ? null : ClientAddress.of(request),
                device.browser(),
                device.system(),
                now,
                now,
                null,
                null,
                now.plus(keepFor(session)));
        records.insert(record);
        local.put(sessionId, new Local(session, record.handle()));
        checks.put(record.handle(), new Check(record, now, now));
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        var handle = handleOf(sessionId);
        if (handle == null) {
            // Not signed in, or signed in before this registry knew it: nothing to refuse.
            return null;
        }
        var record = check(handle).record();
        if (record == null) {
            // Its record is gone (swept, or the database was emptied): fail closed.
            return new EndedSession("", sessionId, new Date(), null);
        }
        var lastSeen = Date.from(record.lastSeen());
        if (record.endedAt() == null) {
            return new SessionInformation(record.username(), sessionId, lastSeen);
        }
        if (record.endReason() != null) {
            var now = clock.instant();
            recentlyEnded.values().removeIf(ended -> ended.at().isBefore(now.minus(REMEMBER_ENDED)));
            recentlyEnded.put(sessionId, new Ended(record.endReason(), now));
        }
        return new EndedSession(record.username(), sessionId, lastSeen, record.endReason());
    }

    /** Why the session with this (old) id was refused here within the last two minutes, if it was. */
    Optional<SessionEndReason> recentlyEndedBecause(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        var ended = recentlyEnded.get(sessionId);
        return ended == null || ended.at().isBefore(clock.instant().minus(REMEMBER_ENDED))
                ? Optional.empty()
                : Optional.of(ended.reason());
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        var known = local.get(sessionId);
        if (known == null || known.handle() == null) {
            return;
        }
        var handle = known.handle();
        var check = check(handle);
        var now = clock.instant();
        if (check.record() != null && !now.isBefore(check.touchedAt().plus(TOUCH_EVERY))) {
            records.touch(handle, keepFor(known.session()));
            checks.put(handle, new Check(check.record(), check.readAt(), now));
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        var known = local.get(sessionId);
        if (known != null && known.handle() != null) {
            local.put(sessionId, new Local(known.session(), null));
            checks.remove(known.handle());
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

    // What SignIns asks beyond the contract.

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
        forgetChecksOf(username);
    }

    /** Ends all the user's sessions but this instance's {@code keepSessionId} (null: all), wherever they are. */
    void endAllExcept(String username, String keepSessionId, SessionEndReason reason) {
        records.endAllExcept(username, handleOf(keepSessionId), reason);
        forgetChecksOf(username);
    }

    /** Sessions ended here are refused here at their very next request, not a second later. */
    private void forgetChecksOf(String username) {
        checks.values()
                .removeIf(check ->
                        check.record() != null && username.equals(check.record().username()));
    }

    /** What is known of the record, read again if that is older than {@link #RECHECK}. */
    private Check check(String handle) {
        var now = clock.instant();
        var known = checks.get(handle);
        if (known != null && now.isBefore(known.readAt().plus(RECHECK))) {
            return known;
        }
        // Two requests of one session at once may both read: harmless, and rarer than a lock is costly.
        var read = new Check(records.find(handle), now, known == null ? now : known.touchedAt());
        checks.put(handle, read);
        return read;
    }

    private static Duration keepFor(HttpSession session) {
        var timeout = session.getMaxInactiveInterval() > 0
                ? Duration.ofSeconds(session.getMaxInactiveInterval())
                : Duration.ofDays(1);
        return timeout.plus(SessionRecords.MARGIN);
    }

    private static String newHandle() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
