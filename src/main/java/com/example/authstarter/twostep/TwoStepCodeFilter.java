package com.example.authstarter.twostep;

import com.example.authstarter.base.ui.SignInPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Takes the second-step page's form ({@code POST /login/code}) and finishes the sign-in the first step
 * began in this session: the same session handling, remember-me and return to the page first asked for as a
 * password sign-in (see {@link TwoStepChainPart}). Without a current first step there is nothing to
 * finish, and the person starts again at the sign-in page.
 */
final class TwoStepCodeFilter extends AbstractAuthenticationProcessingFilter {

    private static final String REMEMBER_ME_ASKED = TwoStepCodeFilter.class.getName() + ".rememberMe";

    private final Clock clock;

    TwoStepCodeFilter(AuthenticationManager codeCheck, Clock clock) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TwoStepSignIn.CODE_PATH), codeCheck);
        this.clock = clock;
    }

    /** No first step, or one older than five minutes. */
    static final class NoFirstStepException extends AuthenticationException {
        NoFirstStepException() {
            super("No current first step of signing in in this session");
        }
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(PendingSecondStep.ATTRIBUTE) instanceof PendingSecondStep pending)
                || !pending.isCurrent(clock.instant())) {
            throw new NoFirstStepException();
        }
        var code = request.getParameter(TwoStepSignIn.CODE_PARAMETER);
        var attempt = new TwoStepCodeToken(pending.username(), code == null ? "" : code.strip());
        attempt.setDetails(authenticationDetailsSource.buildDetails(request));
        var signedIn = getAuthenticationManager().authenticate(attempt);
        session.removeAttribute(PendingSecondStep.ATTRIBUTE);
        request.setAttribute(REMEMBER_ME_ASKED, pending.rememberMe());
        return signedIn;
    }

    /**
     * "Keep me signed in" was ticked (or not) on the password form: remember-me reads that answer, kept with
     * the first step, not a field of the code form.
     */
    @Override
    protected void successfulAuthentication(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, Authentication signedIn)
            throws IOException, ServletException {
        var asked = Boolean.TRUE.equals(request.getAttribute(REMEMBER_ME_ASKED));
        var asOnThePasswordForm = new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                if (SignInPage.REMEMBER_ME.equals(name)) {
                    return asked ? "on" : null;
                }
                return super.getParameter(name);
            }
        };
        super.successfulAuthentication(asOnThePasswordForm, response, chain, signedIn);
    }
}
