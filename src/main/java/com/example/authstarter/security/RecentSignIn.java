package com.example.authstarter.security;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.twostep.TwoStep;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.PasswordConfirmation;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * "Sudo mode": sensitive changes need a sign-in within the last {@link SignInSettings#recentSignIn()} in
 * this session — a password, a code or a sign-in link typed or opened here; being let in by a remembered
 * device is never recent. When it is not recent, the person confirms it is them (see {@code
 * security.ui.SensitiveActions}), which counts as a new sign-in: throttled the same way, and recent again.
 */
@Component
public class RecentSignIn {

    /** The session attribute holding when this session last signed in interactively. */
    public static final String ATTRIBUTE = RecentSignIn.class.getName();

    /** How a confirmation went. */
    public enum Outcome {
        CONFIRMED,
        WRONG,
        MUST_WAIT
    }

    private final SignInSettings settings;
    private final Clock clock;
    private final PasswordConfirmation passwords;
    private final TwoStep twoStep;
    private final LoginThrottle throttle;
    private final AccountCredentials credentials;
    private final ApplicationEventPublisher events;

    RecentSignIn(
            SignInSettings settings,
            Clock clock,
            PasswordConfirmation passwords,
            TwoStep twoStep,
            LoginThrottle throttle,
            AccountCredentials credentials,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.clock = clock;
        this.passwords = passwords;
        this.twoStep = twoStep;
        this.throttle = throttle;
        this.credentials = credentials;
        this.events = events;
    }

    /** Whether the session of the page being handled signed in recently. */
    public boolean isRecent() {
        var session = VaadinSession.getCurrent();
        return session != null
                && session.getSession().getAttribute(ATTRIBUTE) instanceof Instant at
                && clock.instant().isBefore(at.plus(settings.recentSignIn()));
    }

    /** Confirms it is the signed-in person with their password; a right one makes the session's sign-in recent. */
    public Outcome confirmPassword(String username, String password) {
        return switch (passwords.confirm(username, password == null ? "" : password)) {
            case CONFIRMED -> confirmed();
            case WRONG -> Outcome.WRONG;
            case MUST_WAIT -> Outcome.MUST_WAIT;
        };
    }

    /** Confirms it with a code from the authenticator app or a recovery code, throttled like a sign-in. */
    public Outcome confirmCode(String username, String code) {
        var accountKey = credentials.throttleKey(username);
        var address = ClientAddress.current();
        if (throttle.waitBeforeAttempt(accountKey, address).isPositive()) {
            return Outcome.MUST_WAIT;
        }
        if (!twoStep.accept(username, code)) {
            if (throttle.recordFailureReachingLockout(accountKey, address)) {
                credentials.lockOut(username);
                events.publishEvent(new AccountLockedOut(username, address));
            }
            return Outcome.WRONG;
        }
        throttle.reset(accountKey);
        return confirmed();
    }

    private Outcome confirmed() {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, clock.instant());
        return Outcome.CONFIRMED;
    }

    /**
     * Every interactive sign-in (password, the code of a second step, a link) is recent: the request that
     * made it has the session. A new session id keeps the attribute.
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
