package com.example.authstarter.admin;

import com.example.authstarter.signin.SecurityChainPart;
import com.example.authstarter.user.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Administration's part of the chain: a full page load of an administrators' view (all under {@value #PATHS})
 * is refused at HTTP level already (403), before Vaadin's own check of {@code @RolesAllowed} on the view,
 * which guards navigation inside the app.
 */
@Component
@Order(70)
public class AdminChainPart implements SecurityChainPart {

    /** The route of the administration page; every other administrators' page lies under it. */
    public static final String ROUTE = "admin";

    static final String PATHS = "/" + ROUTE + "/**";

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/" + ROUTE, PATHS).hasRole(Role.ADMIN.name()));
    }
}
