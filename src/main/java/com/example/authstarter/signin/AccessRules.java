package com.example.authstarter.signin;

import jakarta.servlet.DispatcherType;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Who may reach what, beside the views' own annotations: Vaadin's configurer (applied last) denies every request
 * and view unless it is a public resource or its view class says otherwise ({@code @AnonymousAllowed}, {@code
 * @PermitAll}, {@code @RolesAllowed}). Public here: the app's stylesheets and icon, the health check, and the
 * rendering of an error, so that a refused request (a missing CSRF token, say) ends in its 4xx status rather
 * than in a second refusal that redirects to sign-in. A refused request is answered by {@link AccessRefusals}.
 */
@Component
@Order(0)
class AccessRules implements SecurityChainPart {

    private final AccessRefusals refusals;
    private final ManagementServer management;

    AccessRules(AccessRefusals refusals, ManagementServer management) {
        this.refusals = refusals;
        this.management = management;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**", "/images/**", "/favicon.ico", "/livez", "/readyz", "/healthz")
                .permitAll()
                // The management server (health, Prometheus): for Prometheus and the operator.
                .requestMatchers(management::received)
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        http.exceptionHandling(
                exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
    }
}
