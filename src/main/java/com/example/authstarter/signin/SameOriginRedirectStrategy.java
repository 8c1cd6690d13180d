package com.example.authstarter.signin;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Redirects after sign-in only to a page of this site. The target may come from the saved request (built
 * from the request's Host header) or from a request parameter Vaadin's success handler honours; both are
 * reduced to a path on this site, and anything that would leave it, or that is no page of the app, becomes
 * the start page. This is what the Flask app's {@code ?next=} lacked.
 */
final class SameOriginRedirectStrategy extends VaadinSavedRequestAwareAuthenticationSuccessHandler.RedirectStrategy {

    private final String fallback;
    private final Predicate<String> isPage;

    /** @param isPage whether a path (no query) is a page of the app */
    SameOriginRedirectStrategy(String fallback, Predicate<String> isPage) {
        this.fallback = fallback;
        this.isPage = isPage;
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        super.sendRedirect(request, response, localPath(request, url));
    }

    String localPath(HttpServletRequest request, String url) {
        if (url == null
                || url.isBlank()
                || url.indexOf('\\') >= 0
                || url.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return fallback;
        }
        boolean absolute = uri.isAbsolute() || uri.getRawAuthority() != null;
        if (absolute && !isThisSite(request, uri)) {
            return fallback;
        }
        if (!absolute && (uri.getRawPath() == null || !uri.getRawPath().startsWith("/"))) {
            return fallback;
        }
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (absolute && path.startsWith(request.getContextPath())) {
            // The redirect strategy adds the context path to site-relative paths again.
            path = path.substring(request.getContextPath().length());
        }
        if (path.startsWith("//")
                || !path.startsWith("/")
                || !isPage.test(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))) {
            return fallback;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static boolean isThisSite(HttpServletRequest request, URI uri) {
        return request.getScheme().equalsIgnoreCase(uri.getScheme())
                && request.getServerName().equalsIgnoreCase(uri.getHost())
                && request.getServerPort() == effectivePort(uri);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
