package com.example.authstarter.security;

import com.example.authstarter.base.Outages;
import com.example.authstarter.passkey.PasskeyConfirmation;
import com.example.authstarter.passkey.PasskeyRelyingParty;
import com.example.authstarter.security.ui.LoginView;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.twostep.TwoStep;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.EmailVerification;
import com.example.authstarter.user.PasswordConfirmation;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.PortMapper;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

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
    /** Where a sign-in link points; the page there posts the link's token back here to sign in. */
    static final String SIGN_IN_LINK_PATH = "/login/ott";
    /** The name of the sign-in form's "keep me signed in" box, which is also remember-me's default. */
    static final String REMEMBER_ME_PARAMETER = "remember-me";

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

    private final AccountCredentials credentials;
    private final AccountDetailsService accounts;
    private final LoginThrottle throttle;
    private final TwoStep twoStep;
    /** Confirms a signed-in person's password on the account page: no second step there. */
    private final GuardedLogin guardedLogin;
    /** Signs in with a password: a right one on an account with two-step sign-in leads to the code page. */
    private final GuardedLogin guardedSignIn;
    /** The second step's code, at sign-in and when a signed-in person confirms it is them. */
    private final TwoStepCodeCheck codeCheck;

    private final SignInSettings signIn;

    SecurityConfiguration(
            AccountCredentials credentials,
            SignInSettings signIn,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            TwoStep twoStep) {
        this.credentials = credentials;
        this.accounts = new AccountDetailsService(credentials, signIn);
        this.throttle = throttle;
        this.twoStep = twoStep;
        var passwords = passwordCheck(accounts, passwordEncoder, accounts);
        this.guardedLogin = new GuardedLogin(passwords, throttle, credentials, events, username -> false);
        this.guardedSignIn = new GuardedLogin(passwords, throttle, credentials, events, twoStep::isOn);
        this.codeCheck = new TwoStepCodeCheck(twoStep, accounts, throttle, credentials, events);
        this.signIn = signIn;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            MongoRememberMeTokens rememberMeTokens,
            MongoSessionRegistry sessionRegistry,
            SignIns signIns,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<PortMapper> httpsPorts,
            VaadinDefaultRequestCache requestCache,
            RequestUtil requestUtil,
            ServletRegistrationBean<SpringServlet> vaadinServlet,
            AuthenticationManager guardedSignIn,
            OneTimeTokenService signInLinkTokens,
            AuthenticationEventPublisher authenticationEvents,
            PasskeyRelyingParty relyingParty,
            RecentSignIn recentSignIn,
            SecurityContextHolderStrategy contexts)
            throws Exception {
        // The form login's own manager knows only remember-me; usernames and passwords go to this parent.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(guardedSignIn);
        var pages = new AppPages(vaadinServlet);
        rememberOnlyPages(requestCache, pages);
        var successHandler = successHandler(requestCache, pages);
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, successHandler);
        // Public beside Vaadin's own resources: the app's stylesheets, passkey script and icon, the health check, and
        // the
        // rendering of an error, so that a refused request (a missing CSRF token, say) ends in its 4xx
        // status rather than in a second refusal that redirects to login.
        // A full page load of an administrators' view is refused here already (403), before Vaadin's own
        // check of @RolesAllowed on the view, which guards navigation inside the app.
        // Registering a passkey (Spring's endpoint runs after this check) is for a signed-in person; the
        // other WebAuthn endpoints answer before it.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin", "/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/webauthn/register")
                .authenticated()
                .requestMatchers(
                        "/styles/**", "/passkeys.js", "/favicon.ico", "/actuator/health", "/actuator/health/**")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        var refusals = new AccessRefusals(pages, LOGIN_PATH, sessionRegistry);
        http.exceptionHandling(
                exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        // Vaadin's configurer exempts the login form from CSRF protection, which allows "login CSRF" (a
        // foreign page signing the victim in to the attacker's account). The overlay sends the token, so
        // only Vaadin's own internal requests, which carry Vaadin's own token, are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginRequestLimits(LOGIN_PATH, FAILURE_URL), CsrfFilter.class);
        // The login page is named here as well as by Vaadin's configurer: this form-login set-up comes
        // first, and without a page of its own Spring would add its generated one.
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(failureHandler(clock)));
        // Sign-in links: asked for on the sign-in page and mailed off the request thread (SignInLinks), so
        // Spring's own endpoint that makes a token on request is shut (its resolver turns every request away).
        http.oneTimeTokenLogin(links -> links.tokenService(signInLinkTokens)
                .authenticationProvider(
                        new SignInLinkAuthentication(signInLinkTokens, accounts, credentials, twoStep::isOn))
                .loginProcessingUrl(SIGN_IN_LINK_PATH)
                .showDefaultSubmitPage(false)
                .generateRequestResolver(request -> null)
                .tokenGenerationSuccessHandler(
                        (request, response, neverMade) -> response.sendError(HttpStatus.NOT_FOUND.value()))
                .successHandler(successHandler)
                .failureHandler(new DelegatingAuthenticationFailureHandler(
                        new LinkedHashMap<>(Map.of(SecondStepRequiredException.class, toSecondStep(clock, false))),
                        new SimpleUrlAuthenticationFailureHandler(SIGN_IN_LINK_PATH + "?invalid"))));
        // The second step of two-step sign-in: the code page posts here.
        var codeSignIn = new ProviderManager(codeCheck);
        codeSignIn.setAuthenticationEventPublisher(authenticationEvents);
        http.with(
                new TwoStepCodeConfigurer(
                        new TwoStepCodeFilter(codeSignIn, clock), successHandler, codeFailureHandler()),
                twoStepCode -> {});
        // Passkeys: Spring Security's WebAuthn endpoints with the passkey feature's relying party (a bean, so
        // its settings and MongoDB stores are the ones used), ending a sign-in like every other way does.
        var passkeySignIn = new ProviderManager(new PasskeySignIn(relyingParty, accounts));
        passkeySignIn.setAuthenticationEventPublisher(authenticationEvents);
        var passkeySuccess = new HttpMessageConverterAuthenticationSuccessHandler();
        passkeySuccess.setRequestCache(requestCache);
        http.setSharedObject(UserDetailsService.class, accounts);
        // Spring's WebAuthn filters take the global context strategy when they are made, which is during this
        // build; Vaadin installs its own (this bean) only once every bean exists, which would leave those
        // filters looking in an empty context and refusing a signed-in person. Installed now, they share it.
        SecurityContextHolder.setContextHolderStrategy(contexts);
        http.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
                        filter.setAuthenticationManager(passkeySignIn);
                        SignInFilters.endLikeFormLogin(filter, http, contexts);
                        filter.setAuthenticationSuccessHandler(passkeySuccess);
                        filter.setAuthenticationFailureHandler(passkeyFailureHandler());
                        return filter;
                    }
                }));
        http.addFilterBefore(new PasskeyRequests(recentSignIn), ExceptionTranslationFilter.class);
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // The HTTPS port is known only once the server runs (see the tls feature).
        httpsPorts.ifAvailable(ports -> http.portMapper(mapper -> mapper.portMapper(ports)));
        http.redirectToHttps(redirect -> {});
        var rememberMeKey = rememberMeKey();
        http.rememberMe(rememberMe -> rememberMe
                .rememberMeServices(
                        new RememberedDevices(rememberMeKey, accounts, rememberMeTokens, signIns, events, clock))
                .key(rememberMeKey));
        // Every signed-in session is recorded for all instances to see; every request asks whether its
        // session was ended elsewhere (no limit on the number of sessions: -1).
        http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionResponse(requestUtil, LOGIN_PATH)));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * The one manager that checks passwords: the throttle, then the password check. The form login uses it
     * as its parent (see above); as a bean it is what any other code that signs people in gets injected.
     * No {@code UserDetailsService} or {@code AuthenticationProvider} is a bean, so Spring Security builds
     * no second, unthrottled check of its own.
     */
    @Bean
    AuthenticationManager authenticationManager(AuthenticationEventPublisher authenticationEvents) {
        var manager = new ProviderManager(guardedSignIn);
        manager.setAuthenticationEventPublisher(authenticationEvents);
        return manager;
    }

    /** Sign-in links' tokens, in MongoDB. */
    @Bean
    OneTimeTokenService signInLinkTokens(OneTimeTokens tokens, Clock clock) {
        return new MongoOneTimeTokenService(tokens, credentials, clock);
    }

    /** The account page's current-password check: the same guarded check, without sign-in events. */
    @Bean
    PasswordConfirmation passwordConfirmation() {
        return new ThrottledPasswordConfirmation(guardedLogin, throttle);
    }

    /** "Confirm it is you": the same password check, and the same code check as the second step of sign-in. */
    @Bean
    RecentSignIn recentSignIn(Clock clock, PasswordConfirmation passwords, PasskeyConfirmation passkeys) {
        return new RecentSignIn(signIn, clock, passwords, codeCheck, passkeys);
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

    /**
     * Every refusal goes to the same {@code /login?error}; "busy" says so, a throttled attempt is told how
     * many seconds to wait ({@code /login?wait=N}), and a right password on an account whose address is not
     * verified yet leads to the page that says that and offers a new link.
     */
    private static AuthenticationFailureHandler failureHandler(Clock clock) {
        var handlers = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        handlers.put(SecondStepRequiredException.class, toSecondStep(clock, true));
        handlers.put(LoginBusyException.class, new SimpleUrlAuthenticationFailureHandler(LOGIN_PATH + "?busy"));
        handlers.put(InternalAuthenticationServiceException.class, unavailable());
        handlers.put(MustWaitException.class, waitOn(LOGIN_PATH));
        handlers.put(EmailNotVerifiedException.class, (request, response, waiting) -> {
            request.getSession()
                    .setAttribute(
                            EmailVerification.PENDING_USERNAME,
                            ((EmailNotVerifiedException) waiting).usernameOrEmail());
            response.sendRedirect(request.getContextPath() + "/verify-email");
        });
        return new DelegatingAuthenticationFailureHandler(
                handlers, new SimpleUrlAuthenticationFailureHandler(FAILURE_URL));
    }

    /**
     * A right first step on an account with two-step sign-in: the session remembers who passed it (and
     * whether "keep me signed in" was ticked, on the password form) for the code page.
     */
    private static AuthenticationFailureHandler toSecondStep(Clock clock, boolean rememberMeAllowed) {
        return (request, response, firstStepDone) -> {
            var ticked = request.getParameter(REMEMBER_ME_PARAMETER);
            // The values remember-me itself takes for "yes".
            var rememberMe = rememberMeAllowed
                    && ticked != null
                    && Set.of("true", "on", "yes", "1").contains(ticked.toLowerCase(Locale.ROOT));
            request.getSession()
                    .setAttribute(
                            PendingSecondStep.ATTRIBUTE,
                            new PendingSecondStep(
                                    ((SecondStepRequiredException) firstStepDone).username(),
                                    rememberMe,
                                    clock.instant()));
            response.sendRedirect(request.getContextPath() + TwoStepCodeFilter.PATH);
        };
    }

    /**
     * The page's script asked with {@code fetch}: a refused passkey is 401, a database outage 503, and the
     * script takes the person to the sign-in page's matching message.
     */
    private static AuthenticationFailureHandler passkeyFailureHandler() {
        return (request, response, failed) -> response.setStatus(
                Outages.isDatabaseOutage(failed)
                        ? HttpStatus.SERVICE_UNAVAILABLE.value()
                        : HttpStatus.UNAUTHORIZED.value());
    }

    /** A wrong code, or a wait, is told on the code page; without a first step, sign-in starts again. */
    private static AuthenticationFailureHandler codeFailureHandler() {
        var handlers = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        handlers.put(
                TwoStepCodeFilter.NoFirstStepException.class, new SimpleUrlAuthenticationFailureHandler(LOGIN_PATH));
        handlers.put(InternalAuthenticationServiceException.class, unavailable());
        handlers.put(MustWaitException.class, waitOn(TwoStepCodeFilter.PATH));
        return new DelegatingAuthenticationFailureHandler(
                handlers, new SimpleUrlAuthenticationFailureHandler(TwoStepCodeFilter.PATH + "?error"));
    }

    /**
     * The account or the throttle could not be read: the sign-in page says the service is unavailable when
     * the database is away, never "wrong password".
     */
    private static AuthenticationFailureHandler unavailable() {
        return (request, response, failed) -> response.sendRedirect(
                request.getContextPath() + LOGIN_PATH + (Outages.isDatabaseOutage(failed) ? "?unavailable" : "?error"));
    }

    /** A throttled attempt goes back to {@code page}, which tells how many seconds to wait. */
    private static AuthenticationFailureHandler waitOn(String page) {
        return (request, response, waiting) -> response.sendRedirect(request.getContextPath() + page + "?"
                + MustWaitException.PARAMETER + "=" + ((MustWaitException) waiting).seconds());
    }

    /**
     * Vaadin's success handler (it knows the page first asked for), held to pages of this site, and
     * returning there without Spring's {@code ?continue} marker in the address bar.
     */
    private static VaadinSavedRequestAwareAuthenticationSuccessHandler successHandler(
            VaadinDefaultRequestCache requestCache, AppPages pages) {
        var handler = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        handler.setRequestCache(requestCache);
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new SameOriginRedirectStrategy("/", pages::isPage));
        return handler;
    }

    /**
     * Only a page of the app is remembered as the place to return to after sign-in, and it is matched
     * without a marker parameter: the saved request is found by comparing the returning request with it.
     */
    private static void rememberOnlyPages(VaadinDefaultRequestCache requestCache, AppPages pages) {
        var sessionCache = new HttpSessionRequestCache();
        sessionCache.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(sessionCache);
        requestCache.ignoreRequests(request -> !pages.isPage(request));
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
