package com.example.authstarter.twostep.ui;

import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.PostForm;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.twostep.PendingSecondStep;
import com.example.authstarter.twostep.TwoStepSignIn;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;

/**
 * The second step of signing in, after a right password or sign-in link on an account with two-step sign-in:
 * a code from the authenticator app, or one of the recovery codes. A plain form posts it to Spring Security
 * ({@code POST /login/code}), which signs in or comes back here with {@code ?error} or {@code ?wait=N}.
 * Without a first step in this session (or after five minutes) there is nothing to finish: to the sign-in page.
 */
@Route(value = TwoStepSignIn.CODE_ROUTE, autoLayout = false)
@AnonymousAllowed
public class TwoStepCodeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H1 title = new H1(getTranslation("two-step.code.title"));
    final Paragraph problem = new Paragraph();
    final Div form = new Div();
    final NativeButton submit = new NativeButton(getTranslation("two-step.code.submit"));

    private final AuthenticationContext authentication;
    private final Clock clock;

    TwoStepCodeView(AuthenticationContext authentication, Clock clock) {
        this.authentication = authentication;
        this.clock = clock;
        addClassName("narrow-page");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("native-primary");
        var startAgain = new Anchor(SignInPage.ROUTE, getTranslation("two-step.code.start-again"));
        startAgain.getElement().setAttribute("router-ignore", true);
        add(title, new Paragraph(getTranslation("two-step.code.text")), problem, form, startAgain);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var pending = VaadinSession.getCurrent().getSession().getAttribute(PendingSecondStep.ATTRIBUTE);
        if (!(pending instanceof PendingSecondStep firstStep) || !firstStep.isCurrent(clock.instant())) {
            event.forwardTo(SignInView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        var wait = parameters.getSingleParameter(SignInPage.WAIT).orElse("");
        if (wait.matches("[0-9]{1,6}")) {
            problem.setText(getTranslation("two-step.code.wait", Long.parseLong(wait)));
        } else if (parameters.getParameters().containsKey(SignInPage.ERROR)) {
            problem.setText(getTranslation("two-step.code.wrong"));
        } else {
            problem.setText("");
        }
        problem.setVisible(!problem.getText().isEmpty());
        form.getElement().removeAllChildren();
        form.getElement().appendChild(postForm());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "two-step.code.title");
    }

    /** A plain form, so the browser posts the code with the CSRF token, as it posts a password. */
    private Element postForm() {
        var post = PostForm.to(TwoStepSignIn.CODE_ROUTE);
        var label = new Element("label");
        label.setAttribute("for", "two-step-code");
        label.setText(getTranslation("two-step.code.label"));
        var code = new Element("input");
        code.setAttribute("id", "two-step-code");
        code.setAttribute("name", TwoStepSignIn.CODE_PARAMETER);
        code.setAttribute("type", "text");
        // Phones offer the code from a message or app; recovery codes have letters, so no numeric keyboard.
        code.setAttribute("autocomplete", "one-time-code");
        code.setAttribute("autocapitalize", "off");
        code.setAttribute("spellcheck", "false");
        code.setAttribute("required", true);
        code.setAttribute("autofocus", true);
        code.setAttribute("maxlength", "32");
        code.getClassList().add("native-input");
        post.appendChild(label, code, submit.getElement());
        return post;
    }
}
