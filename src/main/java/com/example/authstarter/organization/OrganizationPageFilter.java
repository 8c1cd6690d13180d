package com.example.authstarter.organization;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.signin.AppPages;
import com.vaadin.flow.server.HandlerHelper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The organizations' rules at HTTP level, before a page is sent: a signed-in person who asks for an organization's
 * page without being its member, or for a view whose {@link RequiresOrganizationRole} their role in the current
 * organization does not reach, is answered 404, the same as for an address that is no page. Vaadin navigation
 * inside the app is checked by the views themselves and {@link OrganizationRoleCheck}.
 */
class OrganizationPageFilter extends OncePerRequestFilter {

    /** {@code /organizations/<slug>}: one segment after the list's path. */
    private static final Pattern ORGANIZATION_PAGE = Pattern.compile("/?" + Organizations.PAGES + "/([^/]+)/?");

    private final Organizations organizations;
    private final CurrentOrganization current;
    private final AppPages pages;

    OrganizationPageFilter(Organizations organizations, CurrentOrganization current, AppPages pages) {
        this.organizations = organizations;
        this.current = current;
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Spring Security's request wrapper names only a signed-in person, never the anonymous one.
        return !"GET".equals(request.getMethod()) || request.getUserPrincipal() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (notTheirs(request)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean notTheirs(HttpServletRequest request) {
        var path = HandlerHelper.getRequestPathInsideContext(request);
        var page = ORGANIZATION_PAGE.matcher(path);
        if (page.matches()) {
            try {
                organizations.open(page.group(1), request.getUserPrincipal().getName());
            } catch (NothingHereException notAMember) {
                return true;
            }
            return false;
        }
        var required = pages.view(request).map(view -> view.getAnnotation(RequiresOrganizationRole.class));
        // In no organization at all, the view takes the person to the organizations page; that is not a refusal.
        return required.isPresent()
                && current.get()
                        .map(context -> !context.may(required.get().value()))
                        .orElse(false);
    }
}
