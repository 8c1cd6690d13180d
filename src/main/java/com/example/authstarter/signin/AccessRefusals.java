package com.example.authstarter.signin;

import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.sessions.RecentlyEndedSessions;
import com.example.authstarter.sessions.SessionEndReason;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * What a refused request gets. Everything is denied unless declared otherwise, so a path that is no page at
 * all is refused too; it answers 404, as it would anywhere, rather than a sign-in form or "forbidden".
 * A page the visitor may not open sends an anonymous visitor to sign in and answers 403 to a signed-in one.
 * The status goes to the app's error page (see {@code base/ui/ErrorPages}).
 */
@Component
class AccessRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AppPages pages;
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(SignInPage.PATH);
    private final RecentlyEndedSessions recentlyEnded;

    AccessRefusals(AppPages pages, RecentlyEndedSessions recentlyEnded) {
        this.pages = pages;
        this.recentlyEnded = recentlyEnded;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        if (!request.isRequestedSessionIdValid()) {
            // The browser still names a session ended a moment ago: the sign-in page says why all the same.
            recentlyEnded
                    .why(request.getRequestedSessionId())
                    .ifPresent(reason -> request.getSession(true).setAttribute(SessionEndReason.NOTICE, reason));
        }
        if (pages.isPage(request)) {
            signIn.commence(request, response, refused);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean forbidden = denied instanceof CsrfException || pages.isPage(request);
        response.sendError(forbidden ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value());
    }
}
