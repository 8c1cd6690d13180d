package com.example.authstarter.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance read lately of its own sessions' records: trusted for {@link #RECHECK}, then read again,
 * so a session ended on another instance is refused here within a second or two of its next request while a
 * busy session costs at most one small read a second.
 */
final class CheckedRecords {

    /** How long what was read of a record is trusted before its next request reads it again. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    /**
     * A session's record as last read here ({@code record} null: it is gone), when, and when its "last seen"
     * was last written.
     */
    record Check(SessionRecord record, Instant readAt, Instant touchedAt) {}

    private final Map<String, Check> checks = new ConcurrentHashMap<>();
    private final SessionStore records;
    private final Clock clock;

    CheckedRecords(SessionStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** What is known of the record, read again if that is older than {@link #RECHECK}. */
    Check check(String handle) {
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

    /** A record just written here: known as it is. */
    void written(SessionRecord record) {
        var now = clock.instant();
        checks.put(record.handle(), new Check(record, now, now));
    }

    /** Its "last seen" was written now. */
    void touched(String handle, Check check) {
        checks.put(handle, new Check(check.record(), check.readAt(), clock.instant()));
    }

    void forget(String handle) {
        checks.remove(handle);
    }

    /** Sessions ended here are refused here at their very next request, not a second later. */
    void forgetUser(String username) {
        checks.values()
                .removeIf(check ->
                        check.record() != null && username.equals(check.record().username()));
    }
}
