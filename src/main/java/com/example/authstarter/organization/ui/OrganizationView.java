package com.example.authstarter.organization.ui;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.organization.Invitations;
import com.example.authstarter.organization.OrganizationContext;
import com.example.authstarter.organization.OrganizationRefusedException;
import com.example.authstarter.organization.OrganizationRole;
import com.example.authstarter.organization.Organizations;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * One organization, for its members: who is in it and with which role; for owners and admins also the invitations
 * and the way to change roles and remove members; for owners the settings (rename, hand over, delete). Anyone else
 * — another organization's member guessing the address, or a member removed meanwhile — gets "not found".
 */
@Route(OrganizationView.ROUTE)
@PermitAll
public class OrganizationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";
    static final String ROUTE = OrganizationsView.ROUTE + "/:" + SLUG;
    static final String ROUTE_PREFIX = OrganizationsView.ROUTE + "/";

    final H1 title = new H1();
    final Paragraph yourRole = new Paragraph();
    final MembersSection members;
    final InvitationsSection invitations;
    final SettingsSection settings;

    private final Organizations organizations;
    private final String username;
    private OrganizationContext context;

    OrganizationView(Organizations organizations, Invitations invitations, AuthenticationContext authentication) {
        this.organizations = organizations;
        this.username = authentication.getPrincipalName().orElseThrow();
        this.members = new MembersSection(this, organizations, username);
        this.invitations = new InvitationsSection(this, invitations, username);
        this.settings = new SettingsSection(this, organizations, username);
        addClassName("organization-view");
        add(title, yourRole, members, this.invitations, settings);
    }

    /** The address of an organization's page. */
    static String path(String slug) {
        return ROUTE_PREFIX + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(SLUG).orElse("");
        try {
            context = organizations.open(slug, username);
        } catch (NothingHereException notTheirs) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    /** Reads the organization and the person's role again and shows them: after every change made here. */
    void refresh() {
        context = organizations.open(context.slug(), username);
        show();
    }

    OrganizationContext context() {
        return context;
    }

    /**
     * Runs a change; a refusal by the rules is shown, so is a member or invitation gone meanwhile (another owner was
     * quicker), and the page shows what is true now. Were the person removed themselves, reading the page again
     * says so and leaves it.
     */
    void change(Runnable action) {
        try {
            action.run();
        } catch (OrganizationRefusedException refused) {
            Notices.refused(refused.problem());
        } catch (NothingHereException goneMeanwhile) {
            Notices.error(getTranslation("app.not-here"));
        }
        refresh();
    }

    /** After leaving or deleting: back to the list. */
    void leaveThePage() {
        getUI().ifPresent(ui -> ui.navigate(OrganizationsView.class));
    }

    private void show() {
        title.setText(context.name());
        yourRole.setText(
                getTranslation("org.your-role", getTranslation(context.role().textKey())));
        members.show(context);
        invitations.setVisible(context.role().manages());
        if (context.role().manages()) {
            invitations.show(context);
        }
        settings.setVisible(context.role() == OrganizationRole.OWNER);
        if (context.role() == OrganizationRole.OWNER) {
            settings.show(context);
        }
    }

    @Override
    public String getPageTitle() {
        return context == null ? getTranslation("org.title") : context.name() + " | " + getTranslation("app.name");
    }
}
