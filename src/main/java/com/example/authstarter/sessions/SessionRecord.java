package com.example.authstarter.sessions;

import com.example.authstarter.base.AppInstance;
import com.example.authstarter.base.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One signed-in session as every instance sees it. The servlet container of {@code instance} holds the
 * session itself; this record is how the others learn of it and end it. It carries no session id (a
 * bearer secret): {@code handle} is a random name of its own.
 *
 * @param endedAt when it was ended from outside, or null while it stands; its instance then refuses it
 * @param expireAt when the sweeper may remove it: a while after the last request, past any session timeout
 */
@Document(SessionRecord.COLLECTION)
record SessionRecord(
        @Id String handle,
        String username,
        String instance,
        String instanceName,
        String clientAddress,
        String browser,
        String system,
        Instant signedIn,
        Instant lastSeen,
        Instant endedAt,
        SessionEndReason endReason,
        Instant expireAt) {

    static final String COLLECTION = "sessions";
    static final String USERNAME = "username";
    static final String LAST_SEEN = "lastSeen";
    static final String ENDED_AT = "endedAt";
    static final String END_REASON = "endReason";
    static final String EXPIRE_AT = "expireAt";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A session signed in just now on {@code instance} by {@code request} (null: none is known), kept for {@code
     * keepFor} after its last request.
     */
    static SessionRecord signedIn(
            String username, AppInstance instance, HttpServletRequest request, Instant now, Duration keepFor) {
        var device = Browsers.describe(request == null ? null : request.getHeader("User-Agent"));
        var handle = new byte[18];
        RANDOM.nextBytes(handle);
        return new SessionRecord(
                Base64.getUrlEncoder().withoutPadding().encodeToString(handle),
                username,
                instance.id(),
                instance.name(),
                request == null ? null : ClientAddress.of(request),
                device.browser(),
                device.system(),
                now,
                now,
                null,
                null,
                now.plus(keepFor));
    }
}
