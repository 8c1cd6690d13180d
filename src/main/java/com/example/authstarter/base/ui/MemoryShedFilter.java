package com.example.authstarter.base.ui;

import com.example.authstarter.base.MemoryPressure;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While memory is short ({@link MemoryPressure}), a visitor who has no session yet is answered 503 "busy" with
 * Retry-After instead of being given a session and a page (each holds a Vaadin UI on the heap): the people already
 * signed in go on working, and new visitors come back once memory is freed, rather than the process running out
 * of it. Health checks always pass, so the platform does not restart an instance that is only full. Sign-in and
 * sign-up are refused as "busy" by the password hashing itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MemoryShedFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";

    private final MemoryPressure memory;
    private final ErrorPages pages;

    MemoryShedFilter(MemoryPressure memory, ErrorPages pages) {
        this.memory = memory;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasSession = request.getRequestedSessionId() != null && request.isRequestedSessionIdValid();
        if (hasSession || isHealthCheck(request.getRequestURI()) || !memory.isShort()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        pages.page(request, "busy").render(Map.of(), request, response);
    }

    /** The health checks a load balancer asks on the public port: answered whatever the memory. */
    private static boolean isHealthCheck(String path) {
        return path.equals("/livez") || path.equals("/readyz") || path.equals("/healthz");
    }
}
