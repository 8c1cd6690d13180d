package com.example.authstarter.security.ui;

import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in. The overlay posts a plain HTML form to Spring Security's {@code /login} (with the CSRF token
 * Vaadin puts in the page), so the password never passes through Vaadin's UI state. Spring Security sends
 * failures back as {@code /login?error}.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Vaadin Auth Starter")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /** The form field Spring Security's remember-me services read. */
    static final String REMEMBER_ME_PARAMETER = "remember-me";

    final LoginOverlay login = new LoginOverlay(i18n());
    final Checkbox rememberMe = new Checkbox("Keep me signed in on this device");
    final RouterLink register = new RouterLink("No account yet? Create one", RegisterView.class);

    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        // A named field in the custom form area is sent with the form post.
        rememberMe.getElement().setAttribute("name", REMEMBER_ME_PARAMETER);
        login.getCustomFormArea().add(rememberMe);
        login.getFooter().add(register);
        login.setOpened(true);
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error") || parameters.containsKey("busy"));
        login.setI18n(parameters.containsKey("busy") ? busyI18n() : i18n());
        if (parameters.containsKey(RegisterView.REGISTERED_PARAMETER)) {
            Notification.show("Your account is ready. Sign in to continue.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }
    }

    private static LoginI18n busyI18n() {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle("The server is busy");
        i18n.getErrorMessage().setMessage("Too many people are signing in right now. Please try again in a moment.");
        return i18n;
    }

    private static LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle("Vaadin Auth Starter");
        i18n.getHeader().setDescription("Sign in to reach your backend");
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check that you have entered the right username and password and try again.");
        return i18n;
    }
}
