package com.example.authstarter.signin;

import com.example.authstarter.base.Outages;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.throttle.MustWaitException;
import com.example.authstarter.user.EmailVerification;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * How every way of signing in answers the browser: on success, back to exactly the page first asked for (a
 * page of this site, never another); on failure, to the page that tells why, never "wrong password" when the
 * database was away.
 */
@Component
public class SignInResponses {

    /** Where the page to return to after sign-in is kept in the session. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /** The values remember-me itself takes for "yes". */
    private static final Set<String> YES = Set.of("true", "on", "yes", "1");

    /** A hash takes tens of milliseconds: a few seconds let the queue drain. */
    static final String BUSY_RETRY_AFTER_SECONDS = "5";

    private final VaadinDefaultRequestCache requestCache;
    private final VaadinSavedRequestAwareAuthenticationSuccessHandler success;
    private final ObjectProvider<SecondStep> secondStep;

    SignInResponses(VaadinDefaultRequestCache requestCache, AppPages pages, ObjectProvider<SecondStep> secondStep) {
        rememberOnlyPages(requestCache, pages);
        this.requestCache = requestCache;
        this.success = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        success.setRequestCache(requestCache);
        success.setDefaultTargetUrl("/");
        success.setRedirectStrategy(new SameOriginRedirectStrategy("/", pages::isPage));
        this.secondStep = secondStep;
    }

    /**
     * Vaadin's success handler (it knows the page first asked for), held to pages of this site, and returning
     * there without Spring's {@code ?continue} marker in the address bar.
     */
    public VaadinSavedRequestAwareAuthenticationSuccessHandler success() {
        return success;
    }

    /**
     * Makes {@code pathAndQuery} (a page of this app) the page the next sign-in in this browser returns to, as if it
     * had been asked for first: a page that anyone may see but that offers more once signed in (an invitation)
     * asks for it. The same checks apply on the way back as to any page first asked for.
     */
    public static void returnAfterSignIn(HttpSession session, String pathAndQuery) {
        session.setAttribute(SAVED_REQUEST, new SimpleSavedRequest(pathAndQuery));
    }

    /** Where the page first asked for is kept until sign-in: only pages of the app are. */
    public VaadinDefaultRequestCache requestCache() {
        return requestCache;
    }

    /**
     * The sign-in form's failures: every refusal goes to the same {@code /login?error}; "busy" says so, a
     * throttled attempt is told how many seconds to wait ({@code /login?wait=N}), a right password on an
     * account with a second step leads to it, and one on an account whose address is not verified yet leads to
     * the page that says that and offers a new link.
     */
    AuthenticationFailureHandler passwordFormFailure() {
        var handlers = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        handlers.put(SecondStepRequiredException.class, toSecondStep(true));
        handlers.put(SignInBusyException.class, busy());
        handlers.put(InternalAuthenticationServiceException.class, unavailable());
        handlers.put(MustWaitException.class, waitOn(SignInPage.PATH));
        handlers.put(EmailNotVerifiedException.class, toEmailVerification());
        handlers.put(
                PasswordsOffException.class,
                new SimpleUrlAuthenticationFailureHandler(SignInPage.PATH + "?" + PasswordsOff.PARAMETER));
        return new DelegatingAuthenticationFailureHandler(
                handlers, new SimpleUrlAuthenticationFailureHandler(SignInPage.PATH + "?" + SignInPage.ERROR));
    }

    /**
     * A right first step on an account whose address is not verified yet: to the page that says so and offers a
     * new link ({@link EmailNotVerifiedException}).
     */
    public static AuthenticationFailureHandler toEmailVerification() {
        return (request, response, waiting) -> {
            request.getSession()
                    .setAttribute(
                            EmailVerification.PENDING_USERNAME,
                            ((EmailNotVerifiedException) waiting).usernameOrEmail());
            response.sendRedirect(request.getContextPath() + "/" + EmailVerification.ROUTE);
        };
    }

    /**
     * "Busy" (no hashing slot free in time, or memory short): back to the sign-in page, which says so, with {@code
     * Retry-After} so that a client retrying by itself waits before it asks again (RFC 9110 gives the header that
     * meaning on a redirect).
     */
    static AuthenticationFailureHandler busy() {
        var toSignInPage = new SimpleUrlAuthenticationFailureHandler(SignInPage.PATH + "?" + SignInPage.BUSY);
        return (request, response, busy) -> {
            response.setHeader(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS);
            toSignInPage.onAuthenticationFailure(request, response, busy);
        };
    }

    /**
     * A right first step on an account with a second one: the second step takes over, told whether "keep me
     * signed in" was ticked (only the password form has the box); anything else goes to {@code otherwise}.
     */
    public AuthenticationFailureHandler toSecondStep(
            boolean rememberMeAllowed, AuthenticationFailureHandler otherwise) {
        return new DelegatingAuthenticationFailureHandler(
                new LinkedHashMap<>(Map.of(SecondStepRequiredException.class, toSecondStep(rememberMeAllowed))),
                otherwise);
    }

    private AuthenticationFailureHandler toSecondStep(boolean rememberMeAllowed) {
        return (request, response, firstStepDone) -> {
            var ticked = request.getParameter(SignInPage.REMEMBER_ME);
            var rememberMe = rememberMeAllowed && ticked != null && YES.contains(ticked.toLowerCase(Locale.ROOT));
            secondStep
                    .getIfAvailable()
                    .begin(request, response, ((SecondStepRequiredException) firstStepDone).username(), rememberMe);
        };
    }

    /**
     * The account or the throttle could not be read: the sign-in page says the service is unavailable when the
     * database is away, never "wrong password".
     */
    public static AuthenticationFailureHandler unavailable() {
        return (request, response, failed) -> response.sendRedirect(request.getContextPath()
                + SignInPage.PATH
                + "?"
                + (Outages.isDatabaseOutage(failed) ? SignInPage.UNAVAILABLE : SignInPage.ERROR));
    }

    /** A throttled attempt goes back to {@code page}, which tells how many seconds to wait. */
    public static AuthenticationFailureHandler waitOn(String page) {
        return (request, response, waiting) -> response.sendRedirect(request.getContextPath() + page + "?"
                + SignInPage.WAIT + "=" + ((MustWaitException) waiting).seconds());
    }

    /**
     * Only a page of the app is remembered as the place to return to after sign-in, and it is matched
     * without a marker parameter: the saved request is found by comparing the returning request with it.
     */
    private static void rememberOnlyPages(VaadinDefaultRequestCache requestCache, AppPages pages) {
        var sessionCache = new HttpSessionRequestCache();
        sessionCache.setSessionAttrName(SAVED_REQUEST);
        sessionCache.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(sessionCache);
        requestCache.ignoreRequests(request -> !pages.isPage(request));
    }
}
