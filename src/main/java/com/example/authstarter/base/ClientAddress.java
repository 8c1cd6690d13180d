package com.example.authstarter.base;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a request came from, as per-address limits, the session list and the audit log name it: the client's
 * address, or the proxy's unless forwarded headers are trusted ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}).
 * IPv6 addresses are written in their short form ({@code ::1}, not the servlet container's
 * {@code 0:0:0:0:0:0:0:1}), so one address always has one spelling and people can read it.
 */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    /** The remote address Spring Security recorded with a sign-in attempt, or {@value #UNKNOWN}. */
    public static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web
                ? readable(web.getRemoteAddress())
                : UNKNOWN;
    }

    /** The address a servlet request came from, or {@value #UNKNOWN}. */
    public static String of(HttpServletRequest request) {
        return request == null ? UNKNOWN : readable(request.getRemoteAddr());
    }

    /** The address of the request a view is handling now, or {@value #UNKNOWN}. */
    public static String current() {
        var request = VaadinRequest.getCurrent();
        return request == null ? UNKNOWN : readable(request.getRemoteAddr());
    }

    /**
     * {@code address} as people write it: IPv4 unchanged, IPv6 in lower case with leading zeros dropped and
     * the longest run of two or more zero groups written {@code ::} (RFC 5952); {@value #UNKNOWN} for none.
     */
    static String readable(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        var groups = address.split(":", -1);
        if (groups.length != 8 || !address.matches("[0-9a-fA-F:]+")) {
            // IPv4, or IPv6 already shortened by whoever wrote it (a proxy's header, say).
            return address;
        }
        for (int i = 0; i < groups.length; i++) {
            groups[i] = Integer.toHexString(Integer.parseInt(groups[i], 16));
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < groups.length; ) {
            int end = start;
            while (end < groups.length && groups[end].equals("0")) {
                end++;
            }
            if (end - start > bestLength) {
                bestStart = start;
                bestLength = end - start;
            }
            start = Math.max(end, start + 1);
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        var before = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        var after = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return before + "::" + after;
    }
}
