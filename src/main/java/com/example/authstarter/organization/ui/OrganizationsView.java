package com.example.authstarter.organization.ui;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.organization.Invitations;
import com.example.authstarter.organization.OrganizationRefusedException;
import com.example.authstarter.organization.Organizations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The person's organizations with their role in each, the invitations waiting for their verified address (accept
 * or decline), and a new organization.
 */
@Route(OrganizationsView.ROUTE)
@Menu(order = 3, icon = "vaadin:building", title = "menu.organizations")
@PermitAll
public class OrganizationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = Organizations.PAGES;

    final Div invitations = new Div();
    final Div list = new Div();
    final TextField name = new TextField(getTranslation("org.name"));
    final Button create = new Button(getTranslation("org.create"));

    private final Organizations organizations;
    private final Invitations invitationService;
    private final String username;

    OrganizationsView(
            Organizations organizations, Invitations invitationService, AuthenticationContext authentication) {
        this.organizations = organizations;
        this.invitationService = invitationService;
        this.username = authentication.getPrincipalName().orElseThrow();
        addClassName("organizations-view");
        name.setMaxLength(Organizations.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> create());
        var form = new Div(name, create);
        form.addClassName("org-form");
        add(
                new H1(getTranslation("org.title")),
                invitations,
                list,
                new H2(getTranslation("org.create-heading")),
                new Paragraph(getTranslation("org.create-hint")),
                form);
    }

    /** At every navigation here: an invitation may have come, an organization gone, since the view was made. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        invitations.removeAll();
        var waiting = invitationService.waitingFor(username);
        if (!waiting.isEmpty()) {
            invitations.add(new H2(getTranslation("org.invitations-for-you")));
            for (var offer : waiting) {
                var accept = new Button(
                        getTranslation("org.accept"),
                        click -> answer(() -> {
                            var slug = invitationService.acceptWaiting(offer.id(), username);
                            Notices.success(getTranslation("org.joined", offer.organization()));
                            getUI().ifPresent(ui -> ui.navigate(OrganizationView.path(slug)));
                        }));
                accept.addThemeVariants(ButtonVariant.PRIMARY);
                var decline = new Button(
                        getTranslation("org.decline"),
                        click -> answer(() -> {
                            invitationService.declineWaiting(offer.id(), username);
                            Notices.success(getTranslation("org.declined", offer.organization()));
                            show();
                        }));
                var text = new Span(getTranslation(
                        "org.invitation-offer",
                        offer.invitedBy(),
                        offer.organization(),
                        getTranslation(offer.role().textKey()),
                        Dates.day(offer.expiresAt())));
                invitations.add(Rows.row(text, Rows.actions(accept, decline)));
            }
        }
        list.removeAll();
        var mine = organizations.mine(username);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("org.none")));
            return;
        }
        for (var organization : mine) {
            var link = new Anchor(OrganizationView.ROUTE_PREFIX + organization.slug(), organization.name());
            link.getElement().setAttribute("router-link", true);
            var role = new Span(getTranslation(organization.role().textKey()));
            role.addClassName("org-role");
            var row = organization.current()
                    ? Rows.row(link, role, Rows.badge(getTranslation("org.current")))
                    : Rows.row(link, role);
            list.add(row);
        }
    }

    private void create() {
        try {
            var made = organizations.create(username, name.getValue());
            getUI().ifPresent(ui -> ui.navigate(OrganizationView.path(made.slug())));
        } catch (RefusedInputException refused) {
            FieldErrors.show(name, refused.problem());
        }
    }

    private void answer(Runnable action) {
        try {
            action.run();
        } catch (OrganizationRefusedException refused) {
            Notices.refused(refused.problem());
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "org.title");
    }
}
