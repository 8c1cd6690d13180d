package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import com.example.authstarter.outbox.Outbox;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What signed-in people may do to their own account. Each change asks for the current password, so a
 * session left open on a shared computer is not enough to take the account over (and guessing it is
 * throttled like sign-in); each holds only while that password is still current and no administrator has
 * locked the account meanwhile.
 */
@Service
public class AccountService {

    public static final Problem WRONG_PASSWORD = Problem.of("rule.current-password.wrong");
    public static final Problem ACCOUNT_LOCKED = Problem.of("rule.account.locked");
    public static final Problem MUST_WAIT = Problem.of("rule.current-password.wait");
    public static final Problem SAME_EMAIL = Problem.of("rule.email.same");
    public static final Problem TOO_MANY_MAILS = Problem.of("rule.email.too-many-mails");

    /** The address on the account and whether its owner has shown it reaches them. */
    public record EmailStatus(String email, boolean verified) {}

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordConfirmation passwords;
    private final Outbox outbox;
    private final MailQuota quota;
    private final EmailVerification verification;
    private final ApplicationEventPublisher events;
    private final BreachedPasswords breachedPasswords;

    AccountService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordConfirmation passwords,
            Outbox outbox,
            MailQuota quota,
            EmailVerification verification,
            ApplicationEventPublisher events,
            BreachedPasswords breachedPasswords) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.outbox = outbox;
        this.quota = quota;
        this.verification = verification;
        this.events = events;
        this.breachedPasswords = breachedPasswords;
    }

    /** The address on the account, which only its owner and administrators see, and whether it is verified. */
    public EmailStatus emailStatus(String username) {
        return users.findByUsernameKey(UserKeys.username(username))
                .map(user -> new EmailStatus(user.email(), user.emailVerified()))
                .orElse(new EmailStatus("", false));
    }

    /**
     * Sets a new password; every other session and every remember-me device of the account is signed out.
     *
     * @param keepSessionId the session the change was made in, which stays signed in
     */
    public void changePassword(
            String username, String currentPassword, String newPassword, String repeat, String keepSessionId) {
        var user = confirmed(username, currentPassword);
        RegistrationRules.passwordProblem(newPassword, user.username(), user.email())
                .ifPresent(problem -> {
                    throw new RefusedInputException(RefusedInputException.Field.PASSWORD, problem);
                });
        RegistrationRules.repeatProblem(newPassword, repeat).ifPresent(problem -> {
            throw new RefusedInputException(RefusedInputException.Field.REPEAT_PASSWORD, problem);
        });
        // Last: the one rule that asks the network, once everything else is in order.
        breachedPasswords.problem(newPassword).ifPresent(problem -> {
            throw new RefusedInputException(RefusedInputException.Field.PASSWORD, problem);
        });
        var newHash = passwordEncoder.encode(newPassword);
        applyConfirmed(
                user,
                currentPassword,
                current -> users.changeOwnPassword(current.usernameKey(), current.passwordHash(), newHash));
        events.publishEvent(new AccountEvents.PasswordChanged(user.username(), keepSessionId));
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
        var user = confirmed(username, currentPassword);
        RegistrationRules.emailProblem(newEmail).ifPresent(problem -> {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, problem);
        });
        var email = UserKeys.clean(newEmail);
        if (UserKeys.email(email).equals(user.emailKey())) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, SAME_EMAIL);
        }
        if (users.existsByEmailKey(UserKeys.email(email))) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, SignUpService.EMAIL_TAKEN);
        }
        if (!quota.allow(user.username())) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, TOO_MANY_MAILS);
        }
        outbox.enqueue(AddressMail.KIND, AddressMail.move(user.username(), email));
        events.publishEvent(new AccountEvents.EmailChangeRequested(user.username(), user.email()));
    }

    /**
     * Checks the current password before a change to the account that is kept elsewhere (turning two-step
     * sign-in off, say), throttled like a sign-in.
     *
     * @throws RefusedInputException on the current-password field
     */
    public void confirmPassword(String username, String currentPassword) {
        confirmed(username, currentPassword);
    }

    /** Deletes the account; listeners remove what else belongs to it (devices, sessions, its audit trail). */
    public void deleteAccount(String username, String currentPassword) {
        var user = confirmed(username, currentPassword);
        applyConfirmed(
                user, currentPassword, current -> users.deleteOwn(current.usernameKey(), current.passwordHash()));
        events.publishEvent(new AccountEvents.AccountDeleted(user.username()));
    }

    /** The account as it was when its owner confirmed the current password (throttled like a sign-in). */
    private User confirmed(String username, String currentPassword) {
        var user = users.findByUsernameKey(UserKeys.username(username)).orElseThrow(() -> refused(WRONG_PASSWORD));
        if (user.locked()) {
            throw refused(ACCOUNT_LOCKED);
        }
        var outcome = passwords.confirm(user.username(), currentPassword == null ? "" : currentPassword);
        return switch (outcome) {
            case CONFIRMED -> user;
            // A lock that came in while the password was checked refuses it too; its owner may know why.
            case WRONG -> throw refused(lockedNow(user) ? ACCOUNT_LOCKED : WRONG_PASSWORD);
            case MUST_WAIT -> throw refused(MUST_WAIT);
        };
    }

    private static RefusedInputException refused(Problem problem) {
        return new RefusedInputException(RefusedInputException.Field.CURRENT_PASSWORD, problem);
    }

    /**
     * Applies a change that holds only on the account as confirmed. If its hash changed in between, either a
     * sign-in re-hashed the same password or a new one was set elsewhere: checking the password once more
     * tells which, and in the first case the change is applied after all.
     */
    private void applyConfirmed(User confirmed, String currentPassword, Predicate<User> change) {
        if (change.test(confirmed)) {
            return;
        }
        if (lockedNow(confirmed)) {
            throw refused(ACCOUNT_LOCKED);
        }
        var again = confirmed(confirmed.username(), currentPassword);
        if (!change.test(again)) {
            throw refused(lockedNow(again) ? ACCOUNT_LOCKED : WRONG_PASSWORD);
        }
    }

    private boolean lockedNow(User user) {
        return users.findByUsernameKey(user.usernameKey()).map(User::locked).orElse(false);
    }
}
