package com.example.authstarter.testing;

import com.example.authstarter.Application;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: the real views, services and database in one Spring context, driven through
 * Karibu's mock Vaadin environment. Spring Security's current authentication is what the mock request
 * reports as its user, so Vaadin's view access control sees the signed-in user as it would in production.
 * Each test starts with an empty database ({@link WithApp}).
 *
 * <p>The request bridge below is what Karibu 2.7.2's {@code MockSpringSecurity} does; 2.7.0 is the newest
 * Karibu that resolves here and has no such support.
 */
@WithApp
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private AuthenticationManager signIn;

    @Autowired
    protected UserFixtures testUsers;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews(Application.class.getPackageName());
        }
    }

    @BeforeEach
    void startVaadin() {
        // The holder's strategy is global, but each Spring context made its own; use this context's, so
        // that what the test signs in is what this context's logout clears.
        SecurityContextHolder.setContextHolderStrategy(context.getBean(VaadinAwareSecurityContextHolderStrategy.class));
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return signedIn();
            }

            @Override
            public boolean isUserInRole(String role) {
                var user = signedIn();
                return user != null
                        && user.getAuthorities().stream()
                                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        // As a browser set to English would; a test of another language sets its own.
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs a stored user in with {@link UserFixtures#PASSWORD}, through the app's real sign-in. */
    protected void signInAs(String username) {
        var authentication = signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, UserFixtures.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // As a sign-in through the browser does: this session signed in just now.
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent()
                    .getSession()
                    .setAttribute(IdentityConfirmation.ATTRIBUTE, Instant.now(context.getBean(Clock.class)));
        }
    }

    protected static Authentication signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication;
    }
}
