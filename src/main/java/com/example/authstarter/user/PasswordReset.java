package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.password.NewPasswords;
import com.example.authstarter.token.OneTimeTokens;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * "Forgot password": a link by mail ({@link PasswordResetMail}, asked for through {@link LinkMails}), then a
 * new password. A new password ends every session and remembered device and lifts a lock that failed sign-ins
 * caused.
 */
@Service
public class PasswordReset {

    /** The page that asks for a username or email to send a reset link to. */
    public static final String FORGOT_PASSWORD_ROUTE = "forgot-password";

    public static final String FORGOT_PASSWORD_PATH = "/" + FORGOT_PASSWORD_ROUTE;
    /** The page a reset link opens: {@code reset-password?token=…}. */
    public static final String RESET_ROUTE = "reset-password";

    public static final Problem INVALID_LINK = Problem.of("reset.invalid");
    static final String PURPOSE = "reset-password";
    static final Duration VALIDITY = Duration.ofMinutes(30);
    /** The name under which reset requests per client address are counted. */
    static final String REQUESTS = "reset";

    /** What setting the new password did. */
    public enum Outcome {
        DONE,
        /** The password is set, but an administrator's lock stays on the account. */
        DONE_STILL_LOCKED
    }

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final LinkMails linkMails;
    private final NewPasswords newPasswords;
    private final ApplicationEventPublisher events;

    PasswordReset(
            UserRepository users,
            OneTimeTokens tokens,
            LinkMails linkMails,
            NewPasswords newPasswords,
            ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.linkMails = linkMails;
        this.newPasswords = newPasswords;
        this.events = events;
    }

    /** Asks for a reset link for the account with this username or email; the caller shows the same sentence. */
    public void request(String usernameOrEmail, String clientAddress) {
        linkMails.request(PasswordResetMail.KIND, REQUESTS, usernameOrEmail, clientAddress);
    }

    /** The account a link would reset, while the link works; to show the form only behind a working link. */
    public Optional<String> usernameFor(String token) {
        return tokens.peek(PURPOSE, token).map(OneTimeTokens.Ticket::username);
    }

    /**
     * Sets a new password through a link. The rules are checked before the link is used up, so a refused
     * password leaves the link working.
     *
     * @throws RefusedInputException on the password fields, or with {@link #INVALID_LINK} when the link has
     *     expired or was used
     */
    public Outcome reset(String token, String newPassword, String repeat) {
        var ticket = tokens.peek(PURPOSE, token).orElseThrow(PasswordReset::invalid);
        var account =
                users.findByUsernameKey(UserKeys.username(ticket.username())).orElseThrow(PasswordReset::invalid);
        newPasswords.check(newPassword, repeat, account.username(), account.email());
        var hash = newPasswords.hash(newPassword);
        if (tokens.redeem(PURPOSE, token).isEmpty() || !users.resetPassword(account.usernameKey(), hash)) {
            throw invalid();
        }
        events.publishEvent(new AccountEvents.PasswordReset(account.username()));
        var stillLocked =
                users.findByUsernameKey(account.usernameKey()).map(User::locked).orElse(false);
        return stillLocked ? Outcome.DONE_STILL_LOCKED : Outcome.DONE;
    }

    private static RefusedInputException invalid() {
        return new RefusedInputException(RefusedInputException.Field.PASSWORD, INVALID_LINK);
    }
}
