package com.example.authstarter.account;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.password.NewPasswords;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.EmailVerification;
import com.example.authstarter.user.OwnAccount;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * What signed-in people may do to their own account. Each change is confirmed as {@link SensitiveAction} says
 * (today: the current password, every time), so a session left open on a shared computer is not enough to take
 * the account over, and guessing it is throttled like sign-in; each holds only while the password confirmed is
 * still current and no administrator has locked the account meanwhile.
 */
@Service
public class AccountService {

    private final AccountCredentials credentials;
    private final IdentityConfirmation identity;
    private final NewPasswords newPasswords;
    private final OwnAccount ownAccount;
    private final EmailVerification verification;

    AccountService(
            AccountCredentials credentials,
            IdentityConfirmation identity,
            NewPasswords newPasswords,
            OwnAccount ownAccount,
            EmailVerification verification) {
        this.credentials = credentials;
        this.identity = identity;
        this.newPasswords = newPasswords;
        this.ownAccount = ownAccount;
        this.verification = verification;
    }

    /** The address on the account, which only its owner and administrators see, and whether it is verified. */
    public EmailVerification.EmailStatus emailStatus(String username) {
        return verification.status(username);
    }

    /**
     * Sets a new password; every other session and every remember-me device of the account is signed out.
     *
     * @param keepSessionId the session the change was made in, which stays signed in
     */
    public void changePassword(
            String username, String currentPassword, String newPassword, String repeat, String keepSessionId) {
        var account = confirmed(SensitiveAction.CHANGE_PASSWORD, username, currentPassword);
        newPasswords.check(newPassword, repeat, account.username(), account.email());
        var newHash = newPasswords.hash(newPassword);
        applyConfirmed(
                SensitiveAction.CHANGE_PASSWORD,
                account,
                currentPassword,
                current ->
                        ownAccount.changePassword(current.username(), current.passwordHash(), newHash, keepSessionId));
    }

    /** Whether the account has a password; one made with another provider's identity may not. */
    public boolean hasPassword(String username) {
        return credentials.of(username).map(Credentials::hasPassword).orElse(false);
    }

    /**
     * Sets a first password on an account that has none, once a recent sign-in confirmed it is its owner (the
     * page asks for one first); every other session is signed out, as after any new password.
     */
    public void setFirstPassword(String username, String newPassword, String repeat, String keepSessionId) {
        if (!identity.allows(SensitiveAction.SET_PASSWORD)) {
            throw refused(IdentityConfirmation.WRONG_PASSWORD);
        }
        var account = credentials.of(username).orElseThrow(() -> refused(IdentityConfirmation.WRONG_PASSWORD));
        if (account.hasPassword()) {
            throw refused(IdentityConfirmation.WRONG_PASSWORD);
        }
        newPasswords.check(newPassword, repeat, account.username(), account.email());
        if (!ownAccount.changePassword(account.username(), null, newPasswords.hash(newPassword), keepSessionId)) {
            throw refused(
                    ownAccount.isLocked(account.username())
                            ? IdentityConfirmation.ACCOUNT_LOCKED
                            : IdentityConfirmation.WRONG_PASSWORD);
        }
    }

    /**
     * Sends the link that verifies the account's address again.
     *
     * @return false when the address is verified already or this hour's mails are used up
     */
    public boolean resendVerification(String username) {
        return verification.resend(username);
    }

    /**
     * Asks to move the account to a new address, which must be valid and not registered to anyone. A link
     * goes to the new address; the old one stays in force until it is opened, and is told of the request.
     */
    public void changeEmail(String username, String currentPassword, String newEmail) {
        var account = confirmed(SensitiveAction.CHANGE_EMAIL, username, currentPassword);
        verification.requestMove(account, newEmail);
    }

    /** Deletes the account; listeners remove what else belongs to it (devices, sessions, its audit trail). */
    public void deleteAccount(String username, String currentPassword) {
        var account = confirmed(SensitiveAction.DELETE_ACCOUNT, username, currentPassword);
        applyConfirmed(
                SensitiveAction.DELETE_ACCOUNT,
                account,
                currentPassword,
                current -> ownAccount.delete(current.username(), current.passwordHash()));
    }

    /** The account as it was when its owner confirmed it is them for {@code action}. */
    private Credentials confirmed(SensitiveAction action, String username, String currentPassword) {
        var account = credentials.of(username).orElseThrow(() -> refused(IdentityConfirmation.WRONG_PASSWORD));
        var problem = IdentityConfirmation.problem(identity.confirm(action, account.username(), currentPassword));
        if (problem != null) {
            throw refused(problem);
        }
        return account;
    }

    /**
     * Applies a change that holds only on the account as confirmed. If its hash changed in between, either a
     * sign-in re-hashed the same password or a new one was set elsewhere: confirming once more tells which, and
     * in the first case the change is applied after all.
     */
    private void applyConfirmed(
            SensitiveAction action, Credentials confirmed, String currentPassword, Predicate<Credentials> change) {
        if (change.test(confirmed)) {
            return;
        }
        if (ownAccount.isLocked(confirmed.username())) {
            throw refused(IdentityConfirmation.ACCOUNT_LOCKED);
        }
        var again = confirmed(action, confirmed.username(), currentPassword);
        if (!change.test(again)) {
            throw refused(
                    ownAccount.isLocked(again.username())
                            ? IdentityConfirmation.ACCOUNT_LOCKED
                            : IdentityConfirmation.WRONG_PASSWORD);
        }
    }

    private static RefusedInputException refused(Problem problem) {
        return new RefusedInputException(RefusedInputException.Field.CURRENT_PASSWORD, problem);
    }
}
