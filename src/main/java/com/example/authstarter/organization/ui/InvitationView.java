package com.example.authstarter.organization.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.organization.Invitations;
import com.example.authstarter.organization.OrganizationRefusedException;
import com.example.authstarter.organization.PendingInvitation;
import com.example.authstarter.signin.SignInResponses;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Where an invitation's link lands. Not signed in, the person reads who invites them to what, and signs in or
 * signs up (with the invited address, which the link then proves) and comes back here; signed in, they accept or
 * decline. A link used, replaced, revoked or expired says so and opens nothing.
 */
@Route(value = Invitations.ROUTE, autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H1 title = new H1(getTranslation("invitation.title"));
    final Paragraph message = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button accept = new Button(getTranslation("org.accept"));
    final Button decline = new Button(getTranslation("org.decline"));
    final Anchor signIn = new Anchor(SignInPage.ROUTE, getTranslation("invitation.sign-in"));
    final Anchor signUp = new Anchor(
            RouteConfiguration.forApplicationScope().getUrl(RegisterView.class), getTranslation("invitation.sign-up"));

    private final Invitations invitations;
    private final AuthenticationContext authentication;
    private String token;

    InvitationView(Invitations invitations, AuthenticationContext authentication) {
        this.invitations = invitations;
        this.authentication = authentication;
        addClassName("narrow-page");
        problem.addClassName("form-problem");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(click -> accept());
        decline.addClickListener(click -> decline());
        signIn.getElement().setAttribute("router-link", true);
        signUp.getElement().setAttribute("router-link", true);
        var actions = new Div(accept, decline, signIn, signUp);
        actions.addClassName("org-form");
        add(title, message, problem, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(OneTimeTokens.PARAMETER)
                .orElse("");
        problem.setVisible(false);
        var offer = invitations.peek(token);
        if (offer.isEmpty()) {
            message.setText(getTranslation("org.invite.no-longer-valid"));
            showActions(false, false);
            return;
        }
        var invitation = offer.get();
        var signedIn = authentication.isAuthenticated();
        message.setText(getTranslation(
                signedIn ? "invitation.text" : "invitation.text-signed-out",
                invitation.invitedBy(),
                invitation.organization(),
                getTranslation(invitation.role().textKey()),
                invitation.email(),
                Dates.day(invitation.expiresAt())));
        if (!signedIn) {
            // Signing in or up from here comes back here, and a sign-up with this address needs no second mail.
            PendingInvitation.keep(token);
            var session = VaadinSession.getCurrent().getSession();
            if (session instanceof WrappedHttpSession http) {
                SignInResponses.returnAfterSignIn(http.getHttpSession(), Invitations.linkPath(token));
            }
        }
        showActions(true, signedIn);
    }

    private void showActions(boolean valid, boolean signedIn) {
        accept.setVisible(valid && signedIn);
        decline.setVisible(valid && signedIn);
        signIn.setVisible(valid && !signedIn);
        signUp.setVisible(valid && !signedIn);
    }

    private void accept() {
        var username = authentication.getPrincipalName().orElseThrow();
        try {
            var slug = invitations.accept(token, username);
            Notices.success(getTranslation("invitation.accepted"));
            getUI().ifPresent(ui -> ui.navigate(OrganizationView.path(slug)));
        } catch (OrganizationRefusedException refused) {
            refuse(refused);
        }
    }

    private void decline() {
        var username = authentication.getPrincipalName().orElseThrow();
        try {
            invitations.decline(token, username);
            message.setText(getTranslation("invitation.declined"));
            showActions(false, true);
        } catch (OrganizationRefusedException refused) {
            refuse(refused);
        }
    }

    private void refuse(OrganizationRefusedException refused) {
        problem.setText(
                getTranslation(refused.problem().key(), refused.problem().argumentArray()));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "invitation.title");
    }
}
