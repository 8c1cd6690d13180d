package com.example.authstarter.user;

/**
 * What the user feature announces about existing accounts, so that sessions, remember-me tokens and the
 * audit log follow without the user feature knowing about them.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** The password was changed; every session but {@code keepSessionId} (null: none) must end. */
    public record PasswordChanged(String username, String keepSessionId) {}

    /** The email address was changed. */
    public record EmailChanged(String username) {}

    /** The account and its data are gone; every session and device must be signed out. */
    public record AccountDeleted(String username) {}

    /** An administrator locked the account. */
    public record AccountLocked(String username, String by) {}

    /** An administrator unlocked the account; its count of failed sign-ins starts again at zero. */
    public record AccountUnlocked(String username, String by) {}

    /** An administrator changed the account's roles; its sessions carry the old ones and must end. */
    public record RolesChanged(String username, String by) {}
}
