package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.outbox.Outbox;
import com.example.authstarter.token.OneTimeTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Proving that an address reaches the account's owner: after sign-up, and before a move to a new address takes
 * effect. The mails go through the outbox ({@link AddressMail}); the link in either leads to the page at
 * {@value #ROUTE}, which lands here.
 */
@Service
public class EmailVerification {

    /** The page verification and move links open; also where a sign-in that waits for verification is sent. */
    public static final String ROUTE = "verify-email";

    /** The session attribute naming an account whose sign-in waits for its address to be verified. */
    public static final String PENDING_USERNAME = EmailVerification.class.getName() + ".pending";

    public static final Problem SAME_EMAIL = Problem.of("rule.email.same");
    public static final Problem TOO_MANY_MAILS = Problem.of("rule.email.too-many-mails");

    static final String VERIFY = "verify-email";
    static final String CHANGE = "change-email";

    /** The address on the account and whether its owner has shown it reaches them. */
    public record EmailStatus(String email, boolean verified) {}

    /** What opening a link did. */
    public enum Outcome {
        VERIFIED,
        EMAIL_CHANGED,
        ADDRESS_TAKEN,
        INVALID
    }

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final Outbox outbox;
    private final MailQuota quota;
    private final ApplicationEventPublisher events;

    EmailVerification(
            UserRepository users,
            OneTimeTokens tokens,
            Outbox outbox,
            MailQuota quota,
            ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.outbox = outbox;
        this.quota = quota;
        this.events = events;
    }

    @EventListener
    void onRegistered(AccountEvents.Registered registered) {
        quota.allow(registered.username());
        outbox.enqueue(AddressMail.KIND, AddressMail.verification(registered.username()));
    }

    /** The address on the account, which only its owner and administrators see, and whether it is verified. */
    public EmailStatus status(String username) {
        return users.findByUsernameKey(UserKeys.username(username))
                .map(user -> new EmailStatus(user.email(), user.emailVerified()))
                .orElse(new EmailStatus("", false));
    }

    /**
     * Sends the link again to the account named by username or email, unless its address is verified
     * already or it had its mails for this hour ({@link MailQuota}).
     *
     * @return whether a mail is on its way
     */
    public boolean resend(String usernameOrEmail) {
        var account = users.findByNameOrEmail(usernameOrEmail);
        if (account.isEmpty()
                || account.get().emailVerified()
                || !quota.allow(account.get().username())) {
            return false;
        }
        outbox.enqueue(AddressMail.KIND, AddressMail.verification(account.get().username()));
        return true;
    }

    /**
     * Asks to move the account to a new address, which must be valid and not registered to anyone. A link goes
     * to the new address; the old one stays in force until it is opened, and is told of the request. The
     * caller has confirmed it is the owner of {@code account}.
     *
     * @throws RefusedInputException on the email field
     */
    public void requestMove(Credentials account, String newEmail) {
        RefusedInputException.refuseIf(RefusedInputException.Field.EMAIL, RegistrationRules.emailProblem(newEmail));
        var email = UserKeys.clean(newEmail);
        if (UserKeys.email(email).equals(UserKeys.email(account.email()))) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, SAME_EMAIL);
        }
        if (users.existsByEmailKey(UserKeys.email(email))) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, SignUpService.EMAIL_TAKEN);
        }
        if (!quota.allow(account.username())) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, TOO_MANY_MAILS);
        }
        outbox.enqueue(AddressMail.KIND, AddressMail.move(account.username(), email));
        events.publishEvent(new AccountEvents.EmailChangeRequested(account.username()));
    }

    /** Uses a link from a verification or email-change mail. */
    public Outcome confirm(String token) {
        var verification = tokens.redeem(VERIFY, token);
        if (verification.isPresent()) {
            var ticket = verification.get();
            if (!users.markEmailVerified(UserKeys.username(ticket.username()), ticket.data())) {
                // The account is gone, or moved to another address since the mail was sent.
                return Outcome.INVALID;
            }
            events.publishEvent(new AccountEvents.EmailVerified(ticket.username()));
            return Outcome.VERIFIED;
        }
        var change = tokens.redeem(CHANGE, token);
        if (change.isEmpty()) {
            return Outcome.INVALID;
        }
        var ticket = change.get();
        try {
            if (!users.confirmEmailChange(UserKeys.username(ticket.username()), ticket.data())) {
                return Outcome.INVALID;
            }
        } catch (DuplicateKeyException takenMeanwhile) {
            return Outcome.ADDRESS_TAKEN;
        }
        events.publishEvent(new AccountEvents.EmailChanged(ticket.username()));
        return Outcome.EMAIL_CHANGED;
    }
}
