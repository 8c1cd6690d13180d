package com.example.authstarter.base;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a request came from, as per-address limits and the audit log name it: the client's address, or the
 * proxy's unless forwarded headers are trusted ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}).
 */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    /** The remote address Spring Security recorded with a sign-in attempt, or {@value #UNKNOWN}. */
    public static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : UNKNOWN;
    }

    /** The address of the request a view is handling now, or {@value #UNKNOWN}. */
    public static String current() {
        var request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? UNKNOWN : request.getRemoteAddr();
    }
}
