package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RateLimits;
import com.example.authstarter.outbox.Outbox;
import com.example.authstarter.token.OneTimeTokens;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * "Forgot password": a link by mail, then a new password. Asking answers the same, at the same speed,
 * whether or not an account matches: the request only stores a promise in the outbox, and the look-up
 * happens off the request thread ({@link PasswordResetMail}). A new password ends every session and
 * remembered device and lifts a lock that failed sign-ins caused.
 */
@Service
public class PasswordReset {

    public static final Problem INVALID_LINK = Problem.of("reset.invalid");
    static final String PURPOSE = "reset-password";
    static final Duration VALIDITY = Duration.ofMinutes(30);
    static final int REQUESTS_PER_ADDRESS = 5;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    /** What setting the new password did. */
    public enum Outcome {
        DONE,
        /** The password is set, but an administrator's lock stays on the account. */
        DONE_STILL_LOCKED
    }

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final Outbox outbox;
    private final RateLimits rateLimits;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final BreachedPasswords breachedPasswords;

    PasswordReset(
            UserRepository users,
            OneTimeTokens tokens,
            Outbox outbox,
            RateLimits rateLimits,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            BreachedPasswords breachedPasswords) {
        this.users = users;
        this.tokens = tokens;
        this.outbox = outbox;
        this.rateLimits = rateLimits;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.breachedPasswords = breachedPasswords;
    }

    /**
     * Asks for a reset link for the account with this username or email. Whatever happens, the caller shows
     * the same sentence; beyond {@value #REQUESTS_PER_ADDRESS} requests from one client address in 15
     * minutes nothing is sent.
     */
    public void request(String usernameOrEmail, String clientAddress) {
        if (usernameOrEmail == null
                || usernameOrEmail.isBlank()
                || usernameOrEmail.length() > RegistrationRules.EMAIL_MAX
                || !rateLimits.allow("reset:" + clientAddress, REQUESTS_PER_ADDRESS, ADDRESS_WINDOW)) {
            return;
        }
        outbox.enqueue(
                PasswordResetMail.KIND,
                Map.of(
                        PasswordResetMail.IDENTIFIER,
                        usernameOrEmail.strip(),
                        PasswordResetMail.REQUEST,
                        UUID.randomUUID().toString()));
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
        var ticket = tokens.peek(PURPOSE, token).orElseThrow(() -> invalid());
        var account =
                users.findByUsernameKey(UserKeys.username(ticket.username())).orElseThrow(() -> invalid());
        RegistrationRules.passwordProblem(newPassword, account.username(), account.email())
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
        if (tokens.redeem(PURPOSE, token).isEmpty()
                || !users.resetPassword(account.usernameKey(), passwordEncoder.encode(newPassword))) {
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
