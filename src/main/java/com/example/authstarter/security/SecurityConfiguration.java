package com.example.authstarter.security;

import com.example.authstarter.security.ui.LoginView;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Vaadin's configurer denies every request and view unless it is a public resource or
 * its view class says otherwise ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); it
 * also sets up the form login that {@link LoginView} posts to, CSRF and logout.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            MongoRememberMeTokens rememberMeTokens,
            UserDetailsService accounts,
            HttpsRedirectPorts httpsPorts,
            VaadinDefaultRequestCache requestCache,
            RequestUtil requestUtil)
            throws Exception {
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, successHandler(requestCache));
        // The app's own stylesheets (META-INF/resources/styles) are public, like Vaadin's resources. So is
        // the rendering of an error: a refused request (say, a missing CSRF token) must end in its 4xx
        // status, not in a second refusal that redirects to login.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        // Vaadin's configurer exempts the login form from CSRF protection, which allows "login CSRF" (a
        // foreign page signing the victim in to the attacker's account). The overlay sends the token, so
        // only Vaadin's own internal requests, which carry Vaadin's own token, are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.portMapper(ports -> ports.portMapper(httpsPorts));
        http.redirectToHttps(redirect -> {});
        http.rememberMe(rememberMe -> rememberMe
                .tokenRepository(rememberMeTokens)
                .userDetailsService(accounts)
                .key(rememberMeKey())
                .tokenValiditySeconds((int) MongoRememberMeTokens.VALIDITY.toSeconds())
                .useSecureCookie(true));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /** Vaadin's success handler (it knows the page first asked for), held to redirects within this site. */
    private static VaadinSavedRequestAwareAuthenticationSuccessHandler successHandler(
            VaadinDefaultRequestCache requestCache) {
        var handler = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        handler.setRequestCache(requestCache);
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new SameOriginRedirectStrategy("/"));
        return handler;
    }

    /**
     * The persistent-token scheme looks tokens up in the database; this key only ties the resulting
     * authentication to this process, so a fresh random one per start is safe and needs no configuration.
     */
    private static String rememberMeKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
