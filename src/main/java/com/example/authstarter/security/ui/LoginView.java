package com.example.authstarter.security.ui;

import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.security.MustWaitException;
import com.example.authstarter.security.SessionEndReason;
import com.example.authstarter.user.ui.ForgotPasswordView;
import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in. The overlay posts a plain HTML form to Spring Security's {@code /login} (with the CSRF token
 * Vaadin puts in the page), so the password never passes through Vaadin's UI state. Spring Security sends
 * failures back as {@code /login?error}, {@code ?busy}, {@code ?unavailable} (no database) or {@code
 * ?wait=N} (seconds); a refused passkey as {@code ?passkey-failed}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The form field Spring Security's remember-me services read. */
    static final String REMEMBER_ME_PARAMETER = "remember-me";

    final LoginOverlay login = new LoginOverlay();
    final Checkbox rememberMe = new Checkbox(getTranslation("login.remember-me"));
    final RouterLink register = new RouterLink(getTranslation("login.register-link"), RegisterView.class);
    final RouterLink signInLink = new RouterLink(getTranslation("login.link-link"), SignInLinkRequestView.class);
    final Button passkey = new Button(getTranslation("login.passkey"), VaadinIcon.KEY.create());

    private final AuthenticationContext authentication;
    private boolean offerPasskeys = true;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        login.setAction("login");
        login.addForgotPasswordListener(forgot -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        // A named field in the custom form area is sent with the form post.
        rememberMe.getElement().setAttribute("name", REMEMBER_ME_PARAMETER);
        login.getCustomFormArea().add(rememberMe);
        // A passkey signs in through Spring Security's endpoint (passkeys.js); "keep me signed in" applies.
        passkey.setWidthFull();
        passkey.addClickListener(click -> PasskeyScript.callWithToken(this, "signIn", rememberMe.getElement()));

        var links = new Div(register, signInLink);
        links.addClassName("login-links");
        login.getFooter().add(passkey, links);
        login.setOpened(true);
        add(login);
    }

    /**
     * Where the browser can, the username field also offers this site's passkeys (autofill); not right after
     * a refused passkey, which the browser might offer again at once.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        if (offerPasskeys) {
            PasskeyScript.callWithToken(this, "autofill", login.getElement(), rememberMe.getElement());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var wait = waitSeconds(event);
        offerPasskeys = !parameters.containsKey("passkey-failed");
        var problem = parameters.containsKey("busy")
                ? "login.busy"
                : parameters.containsKey("unavailable")
                        ? "login.unavailable"
                        : parameters.containsKey("passkey-failed") ? "login.passkey-failed" : "login.error";
        login.setError(parameters.containsKey("error") || !problem.equals("login.error") || wait > 0);
        var i18n = texts(problem);
        if (wait > 0) {
            i18n.getErrorMessage().setTitle(getTranslation("login.wait.title"));
            i18n.getErrorMessage()
                    .setMessage(
                            wait < 120
                                    ? getTranslation("login.wait.seconds", wait)
                                    : getTranslation("login.wait.minutes", (wait + 59) / 60));
        }
        login.setI18n(i18n);
        showWhySignedOut();
        if (parameters.containsKey(RegisterView.REGISTERED_PARAMETER)) {
            Notices.success(getTranslation("login.registered"));
        }
    }

    /**
     * A session ended from elsewhere (a password change, "sign out everywhere else", an administrator, a
     * copied cookie) leaves the reason in the browser's new session; it is said once, here.
     */
    private void showWhySignedOut() {
        var session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(SessionEndReason.NOTICE) instanceof SessionEndReason reason) {
            session.removeAttribute(SessionEndReason.NOTICE);
            Notices.lasting(getTranslation("login.ended.title"), getTranslation(reason.textKey()));
        }
    }

    /**
     * The seconds from {@code ?wait=N}, which the sign-in filter sets on a throttled attempt; 0 when absent
     * or not a sensible number (someone edited the address), which shows no waiting message.
     */
    private static long waitSeconds(BeforeEnterEvent event) {
        var value = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(MustWaitException.PARAMETER)
                .orElse("");
        if (!value.matches("[0-9]{1,6}")) {
            return 0;
        }
        return Long.parseLong(value);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "login.title");
    }

    /** The overlay's texts in the user's language; {@code error} names the message shown on failure. */
    private LoginI18n texts(String error) {
        var i18n = LoginI18n.createDefault();
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle(getTranslation("app.name"));
        i18n.getHeader().setDescription(getTranslation("login.description"));
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.missing"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.missing"));
        i18n.getErrorMessage().setTitle(getTranslation(error + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(error + ".message"));
        return i18n;
    }
}
