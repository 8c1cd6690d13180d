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
 * @param organization the organization it happened in (its name then, and its address: "Acme (acme)"), or null
 */
@Document(SecurityEvent.COLLECTION)
public record SecurityEvent(
        @Id String id,
        Type type,
        String username,
        String clientAddress,
        String actor,
        Instant at,
        String organization) {

    static final String COLLECTION = "security_events";
    public static final String TYPE = "type";

    public static final String AT = "at";
    public static final String USERNAME = "username";

    public enum Type {
        LOGIN_SUCCESS,
        REMEMBER_ME_LOGIN,
        SIGN_IN_LINK_LOGIN,
        LOGIN_FAILURE,
        SIGN_IN_UNVERIFIED,
        LOGIN_THROTTLED,
        LOCKOUT,
        LOGOUT,
        REGISTRATION,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        EMAIL_VERIFIED,
        EMAIL_CHANGE_REQUESTED,
        EMAIL_CHANGED,
        ACCOUNT_DELETED,
        LOCKED_BY_ADMIN,
        UNLOCKED_BY_ADMIN,
        ROLES_CHANGED,
        REMEMBERED_COOKIE_REUSED,
        SESSIONS_ENDED_BY_ADMIN,
        TWO_STEP_ON,
        TWO_STEP_OFF,
        RECOVERY_CODES_RENEWED,
        RECOVERY_CODE_USED,
        PASSKEY_LOGIN,
        PASSKEY_ADDED,
        PASSKEY_REMOVED,
        EXTERNAL_LOGIN,
        EXTERNAL_LOGIN_FAILURE,
        EXTERNAL_LINKED,
        EXTERNAL_UNLINKED,
        ORGANIZATION_CREATED,
        ORGANIZATION_RENAMED,
        ORGANIZATION_DELETED,
        ORGANIZATION_INVITED,
        ORGANIZATION_INVITATION_REVOKED,
        ORGANIZATION_INVITATION_DECLINED,
        ORGANIZATION_JOINED,
        ORGANIZATION_ROLE_CHANGED,
        ORGANIZATION_MEMBER_REMOVED,
        ORGANIZATION_LEFT;

        /** The translation key of the type's name, as people read it. */
        public String textKey() {
            return "event." + name();
        }
    }
}
