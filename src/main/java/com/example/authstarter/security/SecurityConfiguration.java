package com.example.authstarter.security;

import com.example.authstarter.security.ui.LoginView;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.UserService;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what, and how sign-in is defended. Vaadin's configurer denies every request and view unless
 * it is a public resource or its view class says otherwise ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); it also sets up the form login that {@link LoginView} posts to, and logout.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";
    static final String FAILURE_URL = LOGIN_PATH + "?error";

    /**
     * Vaadin's bootstrap page and Lit templates need inline scripts and styles; everything is loaded from
     * this origin, and forms post only here. Only the app itself may frame its pages: when the server is
     * unreachable, the installed PWA shows the offline page inside a frame of its own shell. Other sites
     * can frame nothing, so clickjacking stays impossible.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' wss: ws:",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            MongoRememberMeTokens rememberMeTokens,
            UserDetailsService accounts,
            HttpsRedirectPorts httpsPorts,
            VaadinDefaultRequestCache requestCache,
            RequestUtil requestUtil,
            AuthenticationManager guardedSignIn)
            throws Exception {
        // The form login's own manager knows only remember-me; usernames and passwords go to this parent.
        // Without it, Spring would build a parent of its own from the UserDetailsService, past the throttle.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(guardedSignIn);
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, successHandler(requestCache));
        // Public beside Vaadin's own resources: the app's stylesheets, the health check, and the rendering
        // of an error, so that a refused request (a missing CSRF token, say) ends in its 4xx status rather
        // than in a second refusal that redirects to login.
        // A full page load of an administrators' view is refused here already (403), before Vaadin's own
        // check of @RolesAllowed on the view, which guards navigation inside the app.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin", "/admin/**")
                .hasRole("ADMIN")
                .requestMatchers("/styles/**", "/actuator/health")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        // Vaadin's configurer exempts the login form from CSRF protection, which allows "login CSRF" (a
        // foreign page signing the victim in to the attacker's account). The overlay sends the token, so
        // only Vaadin's own internal requests, which carry Vaadin's own token, are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginRequestLimits(LOGIN_PATH, FAILURE_URL), CsrfFilter.class);
        // The login page is named here as well as by Vaadin's configurer: this form-login set-up comes
        // first, and without a page of its own Spring would add its generated one.
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(failureHandler()));
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
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

    /**
     * The one manager for username-and-password sign-in: the throttle, then the password check. The form
     * login uses it as its parent (see above); as a bean it is also what any other code that signs people
     * in gets injected, so nothing can sign in around the throttle.
     */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts,
            UserDetailsPasswordService upgradedHashes,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            UserService users,
            ApplicationEventPublisher events,
            AuthenticationEventPublisher authenticationEvents) {
        var passwords = passwordCheck(accounts, passwordEncoder, upgradedHashes);
        var manager = new ProviderManager(new GuardedLogin(passwords, throttle, users, events));
        manager.setAuthenticationEventPublisher(authenticationEvents);
        return manager;
    }

    /**
     * The password check. Spring's provider already hashes a dummy for an unknown name; account status is
     * checked after the password, not before, so a locked account takes as long to refuse as a wrong
     * password and cannot be told apart by timing.
     */
    static DaoAuthenticationProvider passwordCheck(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, UserDetailsPasswordService upgradedHashes) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(upgradedHashes);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return passwords;
    }

    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(FAILURE_URL);
        handler.setExceptionMappings(Map.of(LoginBusyException.class.getName(), LOGIN_PATH + "?busy"));
        return handler;
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
