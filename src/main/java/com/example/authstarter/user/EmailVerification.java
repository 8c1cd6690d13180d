package com.example.authstarter.user;

import com.example.authstarter.outbox.Outbox;
import com.example.authstarter.token.OneTimeTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Proving that an address reaches the account's owner: after sign-up, and before an email change takes
 * effect. The mails go through the outbox ({@link AddressMail}); the link in
 * either leads to {@code /verify-email}, which lands here.
 */
@Service
public class EmailVerification {

    /** The session attribute naming an account whose sign-in waits for its address to be verified. */
    public static final String PENDING_USERNAME = EmailVerification.class.getName() + ".pending";

    static final String VERIFY = "verify-email";
    static final String CHANGE = "change-email";

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
    void onRegistered(UserRegistered registered) {
        quota.allow(registered.username());
        outbox.enqueue(AddressMail.KIND, AddressMail.verification(registered.username()));
    }

    /**
     * Sends the link again to the account named by username or email, unless its address is verified
     * already or it had its mails for this hour ({@link MailQuota}).
     *
     * @return whether a mail is on its way
     */
    public boolean resend(String usernameOrEmail) {
        var account = Accounts.byNameOrEmail(users, usernameOrEmail);
        if (account.isEmpty()
                || account.get().emailVerified()
                || !quota.allow(account.get().username())) {
            return false;
        }
        outbox.enqueue(AddressMail.KIND, AddressMail.verification(account.get().username()));
        return true;
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
