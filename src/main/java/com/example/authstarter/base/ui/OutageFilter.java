package com.example.authstarter.base.ui;

import com.example.authstarter.base.Outages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because MongoDB cannot be reached (the sign-in check, the session registry, a page's
 * data) gets 503 with Retry-After and the "temporarily unavailable" page, never a stack trace or a 500. It
 * wraps everything else, Spring Security included; once the database is back, requests succeed again. The
 * page is written here, not through the container's error dispatch, which would ask the database again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

    private final ErrorPages pages;

    OutageFilter(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!Outages.isDatabaseOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable, answered 503 to {}: {}", request.getRequestURI(), failure.toString());
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            pages.page(request, HttpStatus.SERVICE_UNAVAILABLE).render(Map.of(), request, response);
        }
    }
}
