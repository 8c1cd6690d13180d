package com.example.authstarter.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Why sessions of this instance were refused lately, by their old id. A page being left can send one last
 * request (Vaadin's unload beacon) that is refused first and gets the new session with the reason, while the
 * browser's next page load still carries the old id and would start a session without it; the sign-in page
 * finds the reason here instead.
 */
@Component
public class RecentlyEndedSessions {

    static final Duration REMEMBERED = Duration.ofMinutes(2);

    private record Ended(SessionEndReason reason, Instant at) {}

    private final Map<String, Ended> ended = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentlyEndedSessions(Clock clock) {
        this.clock = clock;
    }

    void remember(String sessionId, SessionEndReason reason) {
        var now = clock.instant();
        ended.values().removeIf(old -> old.at().isBefore(now.minus(REMEMBERED)));
        ended.put(sessionId, new Ended(reason, now));
    }

    /** Why the session with this (old) id was refused here within the last two minutes, if it was. */
    public Optional<SessionEndReason> why(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        var found = ended.get(sessionId);
        return found == null || found.at().isBefore(clock.instant().minus(REMEMBERED))
                ? Optional.empty()
                : Optional.of(found.reason());
    }
}
