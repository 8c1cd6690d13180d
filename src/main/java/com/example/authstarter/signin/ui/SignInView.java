package com.example.authstarter.signin.ui;

import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.sessions.SessionEndReason;
import com.example.authstarter.user.ui.ForgotPasswordView;
import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sign-in. The overlay posts a plain HTML form to Spring Security's {@code /login} (with the CSRF token
 * Vaadin puts in the page), so the password never passes through Vaadin's UI state. Spring Security sends
 * failures back as {@code /login?error}, {@code ?busy}, {@code ?unavailable} (no database) or {@code
 * ?wait=N} (seconds). Other ways in (passkeys, sign-in links) add themselves ({@link SignInPageExtension}).
 */
@Route(value = SignInPage.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginOverlay login = new LoginOverlay();
    final Checkbox rememberMe = new Checkbox(getTranslation("login.remember-me"));
    final RouterLink register = new RouterLink(getTranslation("login.register-link"), RegisterView.class);
    final Div waysIn = new Div();
    final Div links = new Div(register);

    private final AuthenticationContext authentication;
    /** Which parameter of the address shows which problem, by the key of its texts; the first found wins. */
    private final Map<String, String> problems = new LinkedHashMap<>();

    private Set<String> parameters = Set.of();

    SignInView(AuthenticationContext authentication, List<SignInPageExtension> extensions) {
        this.authentication = authentication;
        problems.put(SignInPage.BUSY, "login.busy");
        problems.put(SignInPage.UNAVAILABLE, "login.unavailable");
        login.setAction(SignInPage.ROUTE);
        login.addForgotPasswordListener(forgot -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        // A named field in the custom form area is sent with the form post.
        rememberMe.getElement().setAttribute("name", SignInPage.REMEMBER_ME);
        login.getCustomFormArea().add(rememberMe);
        waysIn.addClassName("login-ways");
        links.addClassName("login-links");
        login.getFooter().add(waysIn, links);
        extensions.forEach(extension -> extension.extend(this));
        login.setOpened(true);
        add(login);
    }

    /** Adds another way to sign in under the form, above the links. */
    public void addWayIn(Component way) {
        waysIn.add(way);
    }

    /** Adds a link under the form, after the way to register. */
    public void addLink(Component link) {
        links.add(link);
    }

    /** Shows the problem whose texts are {@code textKey.title} and {@code .message} when the address has it. */
    public void addProblem(String parameter, String textKey) {
        problems.put(parameter, textKey);
    }

    /** Whether the address the page was opened with has {@code parameter}. */
    public boolean opensWith(String parameter) {
        return parameters.contains(parameter);
    }

    /** The overlay's form, and its "keep me signed in" box, for a way in that works in the browser. */
    public Element form() {
        return login.getElement();
    }

    public Element rememberMeField() {
        return rememberMe.getElement();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        parameters = event.getLocation().getQueryParameters().getParameters().keySet();
        var wait = waitSeconds(event);
        var problem = problems.entrySet().stream()
                .filter(known -> parameters.contains(known.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
        login.setError(parameters.contains(SignInPage.ERROR) || problem.isPresent() || wait > 0);
        var i18n = texts(problem.orElse("login.error"));
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
        if (parameters.contains(SignInPage.REGISTERED)) {
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
                .getSingleParameter(SignInPage.WAIT)
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
