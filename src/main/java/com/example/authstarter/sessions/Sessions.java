package com.example.authstarter.sessions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Where a user is signed in: their sessions on every instance and the devices that keep them signed in
 * ("remember me"), and the ways to end them. The account page, the administration page and the reactions to
 * account changes all go through here. An ended session is refused by whichever instance holds it.
 */
@Service
public class Sessions {

    /**
     * One signed-in session; {@code browser} and {@code system} are null when the browser did not say.
     *
     * @param id a name for the session that is no secret, the same on every instance
     * @param lastSeen the session's last request, to the half minute; a closed browser's session stops there
     *     until it times out
     * @param current whether it is the session that asked
     */
    public record Session(
            String id,
            String browser,
            String system,
            String clientAddress,
            String instance,
            Instant signedIn,
            Instant lastSeen,
            boolean current) {}

    /** A device that keeps the user signed in. */
    public record RememberedDevice(String series, Instant lastUsed) {}

    private final SharedSessionRegistry registry;
    private final RememberedDeviceStore devices;
    private final ApplicationEventPublisher events;

    Sessions(SharedSessionRegistry registry, RememberedDeviceStore devices, ApplicationEventPublisher events) {
        this.registry = registry;
        this.devices = devices;
        this.events = events;
    }

    /** The user's sessions on every running instance, most recently seen first. */
    public List<Session> of(String username, String currentSessionId) {
        var current = registry.handleOf(currentSessionId);
        return registry.standing(username).stream()
                .map(record -> new Session(
                        record.handle(),
                        record.browser(),
                        record.system(),
                        record.clientAddress(),
                        record.instanceName(),
                        record.signedIn(),
                        record.lastSeen(),
                        record.handle().equals(current)))
                .sorted(Comparator.comparing(Session::lastSeen).reversed())
                .toList();
    }

    /** The user's remembered devices, most recently used first. */
    public List<RememberedDevice> devices(String username) {
        return devices.of(username).stream()
                .map(device -> new RememberedDevice(device.series(), device.lastUsed()))
                .toList();
    }

    /** Ends one of the user's sessions, by its {@link Session#id()}; someone else's is left alone. */
    public void endSession(String username, String id) {
        registry.end(username, id, SessionEndReason.ENDED_BY_USER);
    }

    /** Forgets one of the user's remembered devices; someone else's is left alone. */
    public void forgetDevice(String username, String series) {
        devices.forget(username, series);
    }

    /**
     * Ends every session but this instance's {@code keepSessionId} (null: all) and forgets every remembered
     * device; the sessions' browsers are told {@code reason}.
     */
    public void signOutEverywhereElse(String username, String keepSessionId, SessionEndReason reason) {
        devices.forgetAll(username);
        registry.endAllExcept(username, keepSessionId, reason);
    }

    /** An administrator ({@code by}) signs the user out everywhere: every session and remembered device. */
    public void signOutEverywhereByAdmin(String username, String by) {
        signOutEverywhereElse(username, null, SessionEndReason.ENDED_BY_ADMIN);
        events.publishEvent(new SessionEvents.EndedByAdmin(username, by));
    }

    /** Ends the sessions, which carry what the user signed in with; remembered devices sign in afresh. */
    void endSessions(String username, SessionEndReason reason) {
        registry.endAllExcept(username, null, reason);
    }
}
