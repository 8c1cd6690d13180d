package com.example.authstarter.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep static files. A file whose address changes with its content (Vaadin's bundles under
 * {@value #BUNDLES}, named by their hash, and style sheets linked with a {@code v-c} hash) is kept a year and never
 * asked for again; any other static file (the service worker, {@code passkeys.js}, icons, the offline page) is
 * asked for again on each use and answered "not modified" while it is unchanged, so a new version of the app is
 * seen at once. Vaadin would keep both for an hour. Pages and their data keep Spring Security's "no-store".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StaticFileCaching extends OncePerRequestFilter {

    static final String BUNDLES = "/VAADIN/build/";
    static final String FOR_EVER = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hashed = request.getRequestURI().startsWith(BUNDLES) || hasContentHash(request.getQueryString());
        chain.doFilter(request, new Policy(response, hashed));
    }

    private static boolean hasContentHash(String query) {
        return query != null && (query.startsWith("v-c=") || query.contains("&v-c="));
    }

    /** Rewrites the cache time a static file is given; "no-cache, no-store" and the like pass unchanged. */
    private static final class Policy extends HttpServletResponseWrapper {

        private final boolean hashed;

        Policy(HttpServletResponse response, boolean hashed) {
            super(response);
            this.hashed = hashed;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, rewrite(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, rewrite(name, value));
        }

        private String rewrite(String name, String value) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || value == null || !isStaticFileTime(value)) {
                return value;
            }
            return hashed ? FOR_EVER : REVALIDATE;
        }

        /** Vaadin's static file server gives "max-age=N" alone; pages are given "no-cache, no-store, …". */
        private static boolean isStaticFileTime(String value) {
            return value.startsWith("max-age=") || value.startsWith("public, max-age=");
        }
    }
}
