package com.example.authstarter.reauth;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.signin.PasswordSignIn;
import com.example.authstarter.signin.SignInBusyException;
import com.example.authstarter.throttle.GuessLimits;
import com.example.authstarter.throttle.MustWaitException;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "Confirm it is you" ("sudo mode"), the one way for every change that needs it, by the policy of {@link
 * SensitiveAction}: the current password every time, or a recent sign-in in this session — a password, a code
 * or a sign-in link typed or opened here, or a confirmation; being let in by a remembered device is never
 * recent. A password is checked exactly as at sign-in, throttled the same way; other ways (a code, a passkey)
 * are offered by their features ({@code reauth.ui.ConfirmationWay}) and count the same once they confirm.
 */
@Service
public class IdentityConfirmation {

    /** The session attribute holding when this session last signed in, or confirmed, interactively. */
    public static final String ATTRIBUTE = IdentityConfirmation.class.getName() + ".confirmedAt";

    public static final Problem WRONG_PASSWORD = Problem.of("rule.current-password.wrong");
    public static final Problem MUST_WAIT = Problem.of("rule.current-password.wait");
    public static final Problem ACCOUNT_LOCKED = Problem.of("rule.account.locked");
    public static final Problem NO_PASSWORD = Problem.of("rule.current-password.none");

    /** How a confirmation went. */
    public enum Outcome {
        CONFIRMED,
        WRONG,
        /** Too many wrong tries in a row: the account must wait before the next, as at sign-in. */
        MUST_WAIT,
        /** The account is locked: no change is made to it, and its owner, signed in, may know why. */
        LOCKED,
        /**
         * The action asks for the password every time and the account has none (it signs in with another
         * provider): it must set one first.
         */
        NO_PASSWORD
    }

    private final ReauthSettings settings;
    private final PasswordSignIn passwords;
    private final GuessLimits limits;
    private final AccountCredentials accounts;
    private final Clock clock;

    IdentityConfirmation(
            ReauthSettings settings,
            PasswordSignIn passwords,
            GuessLimits limits,
            AccountCredentials accounts,
            Clock clock) {
        this.settings = settings;
        this.passwords = passwords;
        this.limits = limits;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether {@code action} may be made now without asking: it accepts a recent sign-in, and there is one. */
    public boolean allows(SensitiveAction action) {
        var session = VaadinSession.getCurrent();
        return session != null && allows(action, session.getSession().getAttribute(ATTRIBUTE));
    }

    /** As {@link #allows(SensitiveAction)}, for a request outside Vaadin's ({@code session} null: none yet). */
    public boolean allows(SensitiveAction action, HttpSession session) {
        return session != null && allows(action, session.getAttribute(ATTRIBUTE));
    }

    private boolean allows(SensitiveAction action, Object confirmedAt) {
        return action.ask() == SensitiveAction.Ask.RECENT_SIGN_IN
                && confirmedAt instanceof Instant at
                && clock.instant().isBefore(at.plus(settings.recentSignIn()));
    }

    /**
     * Confirms it is the signed-in person for {@code action}: at once where the action accepts the session's
     * recent sign-in, otherwise by their password, checked as at sign-in (a wrong one counts like a wrong
     * sign-in; an account that must wait is told so, which its signed-in owner may know). A locked account is
     * refused without a check. "Busy" leaves as it came, for the UI's central handler.
     */
    public Outcome confirm(SensitiveAction action, String username, String password) {
        var account = accounts.of(username);
        if (account.map(Credentials::locked).orElse(false)) {
            return Outcome.LOCKED;
        }
        if (action.ask() == SensitiveAction.Ask.PASSWORD_EVERY_TIME
                && account.map(credentials -> !credentials.hasPassword()).orElse(false)) {
            return Outcome.NO_PASSWORD;
        }
        if (allows(action)) {
            return Outcome.CONFIRMED;
        }
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password == null ? "" : password);
        // The client's address, as for a sign-in, so that its per-address limit is its own.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            attempt.setDetails(new WebAuthenticationDetails(request.getRequest()));
        }
        try {
            passwords.confirm(attempt);
        } catch (SignInBusyException busy) {
            throw busy;
        } catch (MustWaitException waiting) {
            return Outcome.MUST_WAIT;
        } catch (AuthenticationException refused) {
            // This failure may be the one that starts the wait: say so now rather than at the next try. A lock
            // that came in while the password was checked refuses it too.
            if (accounts.of(username).map(Credentials::locked).orElse(false)) {
                return Outcome.LOCKED;
            }
            return limits.mustWait(username) ? Outcome.MUST_WAIT : Outcome.WRONG;
        }
        return confirmed();
    }

    /**
     * As {@link #confirm}, for a form whose current-password field shows the problem.
     *
     * @throws RefusedInputException on the current-password field, with what to say
     */
    public void require(SensitiveAction action, String username, String password) {
        var problem = problem(confirm(action, username, password));
        if (problem != null) {
            throw new RefusedInputException(RefusedInputException.Field.CURRENT_PASSWORD, problem);
        }
    }

    /** What the person is told when a password did not confirm it; null when it did. */
    public static Problem problem(Outcome outcome) {
        return switch (outcome) {
            case CONFIRMED -> null;
            case WRONG -> WRONG_PASSWORD;
            case MUST_WAIT -> MUST_WAIT;
            case LOCKED -> ACCOUNT_LOCKED;
            case NO_PASSWORD -> NO_PASSWORD;
        };
    }

    /**
     * It was confirmed that this is the signed-in person (by the password, or another way: a code, a passkey):
     * the sign-in of the page's session is recent again.
     */
    public Outcome confirmed() {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(ATTRIBUTE, clock.instant());
        }
        return Outcome.CONFIRMED;
    }

    /**
     * Every interactive sign-in (password, the code of a second step, a link, a passkey) is recent: the request
     * that made it has the session. A new session id keeps the attribute.
     */
    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof RememberMeAuthenticationToken) {
            return;
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, clock.instant(), RequestAttributes.SCOPE_SESSION);
        }
    }
}
