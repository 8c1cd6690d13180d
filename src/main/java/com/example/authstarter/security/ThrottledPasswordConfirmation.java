package com.example.authstarter.security;

import com.example.authstarter.user.PasswordConfirmation;
import com.example.authstarter.user.UserKeys;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The account page's password check, through the guarded sign-in check itself: a wrong current password
 * counts like a wrong sign-in, and an account that must wait is told so (its owner is signed in, so saying
 * it reveals nothing). "Busy" leaves as it came, for the UI's central handler.
 */
final class ThrottledPasswordConfirmation implements PasswordConfirmation {

    private final AuthenticationProvider guardedLogin;
    private final LoginThrottle throttle;

    ThrottledPasswordConfirmation(AuthenticationProvider guardedLogin, LoginThrottle throttle) {
        this.guardedLogin = guardedLogin;
        this.throttle = throttle;
    }

    @Override
    public Outcome confirm(String username, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        // The client's address, as for a sign-in, so that its per-address limit is its own.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            attempt.setDetails(new WebAuthenticationDetails(request.getRequest()));
        }
        try {
            guardedLogin.authenticate(attempt);
            return Outcome.CONFIRMED;
        } catch (LoginBusyException busy) {
            throw busy;
        } catch (MustWaitException waiting) {
            return Outcome.MUST_WAIT;
        } catch (AuthenticationException refused) {
            // This failure may be the one that starts the wait: say so now rather than at the next try.
            var accountKey = UserKeys.username(username);
            return throttle.accountWait(accountKey).isPositive() ? Outcome.MUST_WAIT : Outcome.WRONG;
        }
    }
}
