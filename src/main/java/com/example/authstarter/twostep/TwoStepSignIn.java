package com.example.authstarter.twostep;

import com.example.authstarter.signin.SecondStep;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Two-step sign-in as the second step of signing in: an account with it on is asked for a code after its
 * password or sign-in link, on the page at {@value #CODE_ROUTE}; the session remembers who passed the first
 * step ({@link PendingSecondStep}).
 */
@Component
public class TwoStepSignIn implements SecondStep {

    /** The code page, which posts its form to the same path. */
    public static final String CODE_ROUTE = "login/code";

    public static final String CODE_PATH = "/" + CODE_ROUTE;
    /** The code page's field. */
    public static final String CODE_PARAMETER = "code";

    private final TwoStep twoStep;
    private final Clock clock;

    TwoStepSignIn(TwoStep twoStep, Clock clock) {
        this.twoStep = twoStep;
        this.clock = clock;
    }

    @Override
    public boolean isRequired(String username) {
        return twoStep.isOn(username);
    }

    @Override
    public void begin(HttpServletRequest request, HttpServletResponse response, String username, boolean rememberMe)
            throws IOException {
        request.getSession()
                .setAttribute(
                        PendingSecondStep.ATTRIBUTE, new PendingSecondStep(username, rememberMe, clock.instant()));
        response.sendRedirect(request.getContextPath() + CODE_PATH);
    }
}
