package com.example.authstarter.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Where a sign-in came from, as throttling and the audit log name it. */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    /** The remote address Spring Security recorded with the attempt, or {@value #UNKNOWN}. */
    public static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : UNKNOWN;
    }
}
