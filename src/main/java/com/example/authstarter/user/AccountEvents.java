package com.example.authstarter.user;

/**
 * What the user feature announces about existing accounts, so that sessions, remember-me tokens, notices by
 * mail and the audit log follow without the user feature knowing about them.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** The password was changed; every session but {@code keepSessionId} (null: none) must end. */
    public record PasswordChanged(String username, String keepSessionId) {}

    /** A new password was set through a reset link; every session and device must end, the wait too. */
    public record PasswordReset(String username) {}

    /** A move to a new address was asked for; it happens when the link sent there is opened. */
    public record EmailChangeRequested(String username, String oldEmail) {}

    /** The email address was changed (confirmed from the new address). */
    public record EmailChanged(String username) {}

    /** The address was shown to reach its owner. */
    public record EmailVerified(String username) {}

    /** The account and its data are gone; every session and device must be signed out. */
    public record AccountDeleted(String username) {}

    /** An administrator locked the account. */
    public record AccountLocked(String username, String by) {}

    /** Repeated failed sign-ins locked the account. */
    public record LockedOut(String username) {}

    /** An administrator unlocked the account; its count of failed sign-ins starts again at zero. */
    public record AccountUnlocked(String username, String by) {}

    /**
     * The account's roles changed; its sessions carry the old ones and must end.
     *
     * @param admin whether the account is an administrator now
     */
    public record RolesChanged(String username, String by, boolean admin) {}

    /**
     * A "keep me signed in" cookie was used again after it had been replaced: it was copied. Every sign-in
     * of the account was ended.
     */
    public record RememberedCookieReused(String username, String clientAddress) {}

    /** Two-step sign-in was turned on: a code is asked for after the password from now on. */
    public record TwoStepTurnedOn(String username) {}

    /** Two-step sign-in was turned off. */
    public record TwoStepTurnedOff(String username) {}

    /** A passkey was added to the account, under the name its owner gave it. */
    public record PasskeyAdded(String username, String name) {}

    /** A passkey was removed from the account: it signs in no more. */
    public record PasskeyRemoved(String username, String name) {}

    /** New recovery codes replaced the old ones. */
    public record RecoveryCodesRenewed(String username) {}

    /** A recovery code was used to sign in; {@code left} remain. */
    public record RecoveryCodeUsed(String username, int left) {}
}
