package com.example.authstarter.security;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.passkey.PasskeyConfirmation;
import com.example.authstarter.user.PasswordConfirmation;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * "Sudo mode": sensitive changes need a sign-in within the last {@link SignInSettings#recentSignIn()} in
 * this session — a password, a code or a sign-in link typed or opened here; being let in by a remembered
 * device is never recent. When it is not recent, the person confirms it is them (see {@code
 * security.ui.SensitiveActions}) with the same checks as a sign-in — throttled the same way — and the
 * sign-in is recent again. A passkey confirms it too, without signing in again. Made in {@link SecurityConfiguration}, which holds those checks.
 */
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
    private final AuthenticationProvider codeCheck;
    private final PasskeyConfirmation passkeys;

    RecentSignIn(
            SignInSettings settings,
            Clock clock,
            PasswordConfirmation passwords,
            AuthenticationProvider codeCheck,
            PasskeyConfirmation passkeys) {
        this.settings = settings;
        this.clock = clock;
        this.passwords = passwords;
        this.codeCheck = codeCheck;
        this.passkeys = passkeys;
    }

    /** Whether the session of the page being handled signed in recently. */
    public boolean isRecent() {
        var session = VaadinSession.getCurrent();
        return session != null && isRecent(session.getSession().getAttribute(ATTRIBUTE));
    }

    /** Whether {@code session} (null: none yet) signed in recently. */
    boolean isRecent(HttpSession session) {
        return session != null && isRecent(session.getAttribute(ATTRIBUTE));
    }

    private boolean isRecent(Object signedInAt) {
        return signedInAt instanceof Instant at && clock.instant().isBefore(at.plus(settings.recentSignIn()));
    }

    /** Confirms it is the signed-in person with their password; a right one makes the session's sign-in recent. */
    public Outcome confirmPassword(String username, String password) {
        return switch (passwords.confirm(username, password == null ? "" : password)) {
            case CONFIRMED -> confirmed();
            case WRONG -> Outcome.WRONG;
            case MUST_WAIT -> Outcome.MUST_WAIT;
        };
    }

    /** Confirms it with a code from the authenticator app or a recovery code: the second step's own check. */
    public Outcome confirmCode(String username, String code) {
        var attempt = new TwoStepCodeToken(username, code == null ? "" : code.strip());
        // The client's address, as for a sign-in, so that its per-address limit is its own.
        attempt.setDetails(new WebAuthenticationDetails(ClientAddress.current(), null));
        try {
            codeCheck.authenticate(attempt);
            return confirmed();
        } catch (InternalAuthenticationServiceException unreachable) {
            // The database is away: not a wrong code; the page's error handler says so.
            throw unreachable;
        } catch (MustWaitException waiting) {
            return Outcome.MUST_WAIT;
        } catch (AuthenticationException wrong) {
            return Outcome.WRONG;
        }
    }

    /**
     * Confirms it with one of the account's passkeys: {@code assertionJson} is the browser's answer to
     * {@code challenge}. Not throttled: a passkey cannot be guessed.
     */
    public Outcome confirmPasskey(String username, PasskeyConfirmation.Challenge challenge, String assertionJson) {
        return passkeys.confirms(username, challenge, assertionJson) ? confirmed() : Outcome.WRONG;
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
