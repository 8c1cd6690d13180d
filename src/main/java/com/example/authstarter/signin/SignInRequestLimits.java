package com.example.authstarter.signin;

import com.example.authstarter.base.ui.SignInPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Screens sign-in posts before anything else reads them. A body larger than any real form (by its declared
 * length, so nothing is parsed) gets 413, a field longer than any valid username or password 400. Runs
 * ahead of the CSRF filter, which would otherwise parse the whole body to find its token.
 *
 * <p>A username with white space or control characters around it is answered as a failed sign-in: Spring
 * Security trims the name, which would let " alice" sign in as "alice".
 */
final class SignInRequestLimits extends OncePerRequestFilter {

    /** The form's fields, as Spring Security's form login reads them. */
    static final String USERNAME = "username";

    static final String PASSWORD = "password";
    static final int MAX_BODY_BYTES = 8 * 1024;
    static final int MAX_USERNAME_CHARS = 256;
    static final int MAX_PASSWORD_CHARS = 1024;

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !SignInPage.PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > MAX_BODY_BYTES) {
            // Browsers always send the length of a form; a missing one would make us read blind.
            response.sendError(length < 0 ? HttpStatus.LENGTH_REQUIRED.value() : HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        var username = request.getParameter(USERNAME);
        if (tooLong(username, MAX_USERNAME_CHARS) || tooLong(request.getParameter(PASSWORD), MAX_PASSWORD_CHARS)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        if (username != null && isPadded(username)) {
            redirects.sendRedirect(request, response, SignInPage.PATH + "?" + SignInPage.ERROR);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPadded(String username) {
        return !username.isEmpty()
                && (isBlankOrControl(username.codePointAt(0))
                        || isBlankOrControl(username.codePointBefore(username.length())));
    }

    private static boolean isBlankOrControl(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint);
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
