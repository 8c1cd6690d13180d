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
 * @param actor the administrator who acted on the account, or null when it was the person themselves
 */
@Document("security_events")
public record SecurityEvent(@Id String id, Type type, String username, String clientAddress, String actor, Instant at) {

    public static final String TYPE = "type";

    public static final String AT = "at";
    public static final String USERNAME = "username";

    public enum Type {
        LOGIN_SUCCESS,
        REMEMBER_ME_LOGIN,
        LOGIN_FAILURE,
        LOGIN_THROTTLED,
        LOCKOUT,
        LOGOUT,
        REGISTRATION,
        PASSWORD_CHANGED,
        EMAIL_CHANGED,
        ACCOUNT_DELETED,
        LOCKED_BY_ADMIN,
        UNLOCKED_BY_ADMIN,
        ROLES_CHANGED;

        /** The translation key of the type's name, as people read it. */
        public String textKey() {
            return "event." + name();
        }
    }
}
