package com.example.authstarter.signin;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Whether a path on this site is a page of the app, that is a Vaadin route. Paths that are not answer 404,
 * are never remembered as the page to return to after sign-in, and are never returned to.
 */
@Component
class AppPages {

    private final ServletRegistrationBean<SpringServlet> vaadin;

    AppPages(ServletRegistrationBean<SpringServlet> vaadin) {
        this.vaadin = vaadin;
    }

    boolean isPage(HttpServletRequest request) {
        return isPage(HandlerHelper.getRequestPathInsideContext(request));
    }

    /** @param path a path inside this site, with or without its leading slash, without a query */
    boolean isPage(String path) {
        var service = vaadin.getServlet().getService();
        if (service == null) {
            // Vaadin has not started yet; nothing can be shown, so nothing is a page.
            return false;
        }
        var route = path.startsWith("/") ? path.substring(1) : path;
        var target = service.getRouter().getRegistry().getNavigationRouteTarget(route);
        return target != null && target.getRouteTarget() != null;
    }
}
