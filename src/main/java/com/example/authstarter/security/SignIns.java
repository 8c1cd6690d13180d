package com.example.authstarter.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Where a user is signed in: their sessions and the devices that keep them signed in ("remember me"), and
 * the ways to end them. The account page and the reactions to account changes both go through here.
 */
@Service
public class SignIns {

    /**
     * One signed-in session; {@code browser} and {@code system} are null when the browser did not say.
     *
     * @param lastSeen the session's last request; a closed browser's session stops there until it times out
     */
    public record Session(String id, String browser, String system, Instant signedIn, Instant lastSeen) {}

    /** A device that keeps the user signed in. */
    public record RememberedDevice(String series, Instant lastUsed) {}

    private final SessionTracker sessions;
    private final MongoRememberMeTokens devices;

    SignIns(SessionTracker sessions, MongoRememberMeTokens devices) {
        this.sessions = sessions;
        this.devices = devices;
    }

    /** The user's sessions, most recently seen first. */
    public List<Session> sessions(String username) {
        return sessions.sessionsOf(username).stream()
                .map(tracked -> new Session(
                        tracked.id(),
                        tracked.device().browser(),
                        tracked.device().system(),
                        tracked.started(),
                        tracked.lastSeen()))
                .sorted(Comparator.comparing(Session::lastSeen).reversed())
                .toList();
    }

    /** The user's remembered devices, most recently used first. */
    public List<RememberedDevice> devices(String username) {
        return devices.tokensOf(username).stream()
                .map(token -> new RememberedDevice(token.series(), token.lastUsed()))
                .toList();
    }

    /** Ends one of the user's sessions; someone else's session is left alone. */
    public void endSession(String username, String sessionId) {
        sessions.end(username, sessionId);
    }

    /** Forgets one of the user's remembered devices; someone else's is left alone. */
    public void forgetDevice(String username, String series) {
        devices.forget(username, series);
    }

    /** Ends every session but {@code keepSessionId} (null: all) and forgets every remembered device. */
    public void signOutEverywhereElse(String username, String keepSessionId) {
        devices.removeUserTokens(username);
        sessions.endAllExcept(username, keepSessionId);
    }

    /** Ends the sessions, which carry what the user signed in with; remembered devices sign in afresh. */
    void endSessions(String username) {
        sessions.endAllExcept(username, null);
    }
}
