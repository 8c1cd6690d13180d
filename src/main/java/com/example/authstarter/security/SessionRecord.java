package com.example.authstarter.security;

import java.time.Instant;
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
    static final String INSTANCE = "instance";
    static final String LAST_SEEN = "lastSeen";
    static final String ENDED_AT = "endedAt";
    static final String END_REASON = "endReason";
    static final String EXPIRE_AT = "expireAt";
}
