package com.example.authstarter.passkey;

import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.SensitiveAction;
import com.webauthn4j.util.exception.WebAuthnException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Screens requests to Spring Security's WebAuthn endpoints ({@code /webauthn/**}, {@code /login/webauthn})
 * before they are read:
 *
 * <ul>
 *   <li>a body larger than any real passkey message gets 413 (nothing is parsed);
 *   <li>adding a passkey needs a recent sign-in in this session ({@link SensitiveAction#ADD_PASSKEY}), as the
 *       account page asks for one: a session taken over from a stolen cookie cannot plant a passkey of its own
 *       (403);
 *   <li>Spring's removal endpoint is shut (405): passkeys are removed on the account page, which asks for a
 *       recent sign-in and tells the owner;
 *   <li>a passkey that does not verify, or a duplicate, is the client's error (400), and a database outage
 *       503, where Spring would let either escape as a 500.
 * </ul>
 */
final class PasskeyRequests extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 16 * 1024;
    /** Spring's endpoint that stores a new passkey. */
    static final String REGISTER = "/webauthn/register";

    private static final Logger log = LoggerFactory.getLogger(PasskeyRequests.class);

    private final IdentityConfirmation identity;

    PasskeyRequests(IdentityConfirmation identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = path(request);
        return !path.startsWith("/webauthn/") && !path.equals("/login/webauthn");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = path(request);
        if (HttpMethod.DELETE.matches(request.getMethod())) {
            response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (path.startsWith(REGISTER) && !identity.allows(SensitiveAction.ADD_PASSKEY, request.getSession(false))) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (WebAuthnException | IllegalArgumentException refused) {
            log.debug("Passkey request refused: {}", refused.getMessage());
            response.sendError(HttpStatus.BAD_REQUEST.value());
        } catch (DataAccessException unreachable) {
            log.warn("Passkey request failed, the database cannot be reached: {}", unreachable.getMessage());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
