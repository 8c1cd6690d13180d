package com.example.authstarter.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One security-relevant thing that happened, as kept in the audit log. It names who and from where, never a
 * password or token.
 *
 * @param username as typed at sign-in (it may name no account), or the account's name
 * @param clientAddress the remote address of the request, or "unknown"
 */
@Document("security_events")
public record SecurityEvent(@Id String id, Type type, String username, String clientAddress, Instant at) {

    public static final String AT = "at";
    public static final String USERNAME = "username";

    public enum Type {
        LOGIN_SUCCESS,
        REMEMBER_ME_LOGIN,
        LOGIN_FAILURE,
        LOGIN_THROTTLED,
        LOCKOUT,
        LOGOUT,
        REGISTRATION
    }
}
