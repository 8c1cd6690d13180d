package com.example.authstarter.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Spring Security's CSRF token of the request a view is handling, for what the browser sends to Spring
 * Security itself rather than through Vaadin: a plain form ({@link PostForm}), a script's {@code fetch}.
 */
public final class CsrfTokens {

    private CsrfTokens() {}

    /** The token Spring Security put on the current request; none outside a request. */
    public static Optional<CsrfToken> current() {
        return VaadinServletRequest.getCurrent() != null
                        && VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName())
                                instanceof CsrfToken csrf
                ? Optional.of(csrf)
                : Optional.empty();
    }
}
