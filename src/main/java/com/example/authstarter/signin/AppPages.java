package com.example.authstarter.signin;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Whether a path on this site is a page of the app, that is a Vaadin route. Paths that are not answer 404,
 * are never remembered as the page to return to after sign-in, and are never returned to.
 */
@Component
public class AppPages {

    private final ServletRegistrationBean<SpringServlet> vaadin;

    AppPages(ServletRegistrationBean<SpringServlet> vaadin) {
        this.vaadin = vaadin;
    }

    boolean isPage(HttpServletRequest request) {
        return isPage(HandlerHelper.getRequestPathInsideContext(request));
    }

    /** @param path a path inside this site, with or without its leading slash, without a query */
    boolean isPage(String path) {
        return view(path).isPresent();
    }

    /** The view a request's path opens, if it is a page: for a feature's own check of what the view requires. */
    public Optional<Class<? extends com.vaadin.flow.component.Component>> view(HttpServletRequest request) {
        return view(HandlerHelper.getRequestPathInsideContext(request));
    }

    private Optional<Class<? extends com.vaadin.flow.component.Component>> view(String path) {
        var service = vaadin.getServlet().getService();
        if (service == null) {
            // Vaadin has not started yet; nothing can be shown, so nothing is a page.
            return Optional.empty();
        }
        var route = path.startsWith("/") ? path.substring(1) : path;
        var target = service.getRouter().getRegistry().getNavigationRouteTarget(route);
        return target == null || target.getRouteTarget() == null
                ? Optional.empty()
                : Optional.of(target.getRouteTarget().getTarget());
    }
}
