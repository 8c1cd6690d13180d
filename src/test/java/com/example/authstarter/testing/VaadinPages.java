package com.example.authstarter.testing;

import java.util.Optional;
import java.util.regex.Pattern;

/** What tests read from the pages Vaadin serves. */
public final class VaadinPages {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private VaadinPages() {}

    /** The CSRF token Vaadin puts in a page's head for forms that post to Spring Security. */
    public static Optional<String> csrfToken(String page) {
        var matcher = CSRF.matcher(page);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
