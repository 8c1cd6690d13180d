package com.example.authstarter.user.ui;

import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.EmailVerification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where verification and email-change links land. Without a link it is the page a sign-in waits on when
 * the app requires verified addresses: it says so, and sends the link again.
 */
@Route(value = EmailVerification.ROUTE, autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final Button resend = new Button(getTranslation("verify.resend"));
    final Anchor next = new Anchor(SignInPage.ROUTE, getTranslation("verify.sign-in-link"));

    private final EmailVerification verification;
    private String usedToken;

    VerifyEmailView(EmailVerification verification) {
        this.verification = verification;
        addClassName("narrow-page");
        resend.addClickListener(click -> resend());
        next.getElement().setAttribute("router-link", true);
        add(title, message, resend, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation().getQueryParameters().getSingleParameter(OneTimeTokens.PARAMETER);
        if (token.isPresent() && token.get().equals(usedToken)) {
            // The same link entered again (a navigation can pass here twice): keep what its first use showed.
            return;
        }
        resend.setVisible(false);
        if (token.isPresent()) {
            usedToken = token.get();
            show(
                    switch (verification.confirm(token.get())) {
                        case VERIFIED -> "verify.done";
                        case EMAIL_CHANGED -> "verify.changed";
                        case ADDRESS_TAKEN -> "verify.taken";
                        case INVALID -> "link.invalid";
                    });
        } else if (pendingUsername() != null) {
            show("verify.pending");
            resend.setVisible(true);
        } else {
            show("link.invalid");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "verify.title");
    }

    private void show(String texts) {
        title.setText(getTranslation(texts + ".title"));
        message.setText(getTranslation(texts + ".text"));
    }

    private void resend() {
        var username = pendingUsername();
        if (username != null && verification.resend(username)) {
            Notices.success(getTranslation("verify.resent"));
        } else {
            Notices.error(getTranslation("rule.email.too-many-mails"));
        }
    }

    /** The account whose sign-in waits, as the sign-in left it in this browser's session. */
    private static String pendingUsername() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : (String) session.getSession().getAttribute(EmailVerification.PENDING_USERNAME);
    }
}
