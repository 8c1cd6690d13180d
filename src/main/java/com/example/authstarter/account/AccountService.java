package com.example.authstarter.account;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.password.NewPasswords;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.EmailVerification;
import com.example.authstarter.user.OwnAccount;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * What signed-in people may do to their own account. Each change asks for the current password (see {@code
 * reauth.SensitiveAction}), so a session left open on a shared computer is not enough to take the account over,
 * and guessing it is throttled like sign-in; each holds only while that password is still current and no
 * administrator has locked the account meanwhile.
 */
@Service
public class AccountService {

    public static final Problem ACCOUNT_LOCKED = Problem.of("rule.account.locked");

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
        var account = confirmed(username, currentPassword);
        newPasswords.check(newPassword, repeat, account.username(), account.email());
        var newHash = newPasswords.hash(newPassword);
        applyConfirmed(
                account,
                currentPassword,
                current ->
                        ownAccount.changePassword(current.username(), current.passwordHash(), newHash, keepSessionId));
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
        var account = confirmed(username, currentPassword);
        verification.requestMove(account.username(), newEmail);
    }

    /** Deletes the account; listeners remove what else belongs to it (devices, sessions, its audit trail). */
    public void deleteAccount(String username, String currentPassword) {
        var account = confirmed(username, currentPassword);
        applyConfirmed(
                account, currentPassword, current -> ownAccount.delete(current.username(), current.passwordHash()));
    }

    /** The account as it was when its owner confirmed the current password (throttled like a sign-in). */
    private Credentials confirmed(String username, String currentPassword) {
        var account = credentials.of(username).orElseThrow(() -> refused(IdentityConfirmation.WRONG_PASSWORD));
        if (account.locked()) {
            throw refused(ACCOUNT_LOCKED);
        }
        return switch (identity.confirmPassword(account.username(), currentPassword)) {
            case CONFIRMED -> account;
            // A lock that came in while the password was checked refuses it too; its owner may know why.
            case WRONG ->
                throw refused(ownAccount.isLocked(username) ? ACCOUNT_LOCKED : IdentityConfirmation.WRONG_PASSWORD);
            case MUST_WAIT -> throw refused(IdentityConfirmation.MUST_WAIT);
        };
    }

    /**
     * Applies a change that holds only on the account as confirmed. If its hash changed in between, either a
     * sign-in re-hashed the same password or a new one was set elsewhere: checking the password once more
     * tells which, and in the first case the change is applied after all.
     */
    private void applyConfirmed(Credentials confirmed, String currentPassword, Predicate<Credentials> change) {
        if (change.test(confirmed)) {
            return;
        }
        if (ownAccount.isLocked(confirmed.username())) {
            throw refused(ACCOUNT_LOCKED);
        }
        var again = confirmed(confirmed.username(), currentPassword);
        if (!change.test(again)) {
            throw refused(ownAccount.isLocked(again.username()) ? ACCOUNT_LOCKED : IdentityConfirmation.WRONG_PASSWORD);
        }
    }

    private static RefusedInputException refused(Problem problem) {
        return new RefusedInputException(RefusedInputException.Field.CURRENT_PASSWORD, problem);
    }
}
