package com.example.authstarter.organization.ui;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.organization.Invitations;
import com.example.authstarter.organization.OrganizationContext;
import com.example.authstarter.organization.OrganizationRefusedException;
import com.example.authstarter.organization.OrganizationRole;
import com.example.authstarter.user.RegistrationRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Arrays;
import java.util.List;

/** For owners and admins: invite an address with a role, and resend or revoke the invitations still waiting. */
class InvitationsSection extends Section {

    final EmailField email = new EmailField(getTranslation("org.invite-email"));
    final Select<OrganizationRole> role = new Select<>();
    final Button invite = new Button(getTranslation("org.invite"));
    final Div pending = new Div();

    private final OrganizationView page;
    private final Invitations invitations;
    private final String username;

    InvitationsSection(OrganizationView page, Invitations invitations, String username) {
        this.page = page;
        this.invitations = invitations;
        this.username = username;
        email.setMaxLength(RegistrationRules.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("org.invite-role"));
        role.setItemLabelGenerator(choice -> getTranslation(choice.textKey()));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(click -> invite());
        var form = new Div(email, role, invite);
        form.addClassName("org-form");
        add(new H2(getTranslation("org.invitations")), form, pending);
    }

    void show(OrganizationContext context) {
        role.setItems(Arrays.stream(OrganizationRole.values())
                .filter(context.role()::mayGive)
                .toList());
        role.setValue(OrganizationRole.MEMBER);
        pending.removeAll();
        List<Invitations.Pending> waiting;
        try {
            waiting = invitations.pending(context.organizationId(), username);
        } catch (OrganizationRefusedException roleLoweredMeanwhile) {
            // The page was read with a role that managed members; it no longer does: nothing to show.
            setVisible(false);
            return;
        }
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("org.invitations-none")));
            return;
        }
        for (var invitation : waiting) {
            var address = new Span(invitation.email());
            address.addClassName("org-member");
            var details = new Span(getTranslation(
                    "org.invitation-details",
                    getTranslation(invitation.role().textKey()),
                    invitation.invitedBy(),
                    Dates.day(invitation.expiresAt())));
            details.addClassName("org-since");
            var resend = new Button(
                    getTranslation("org.resend"),
                    click -> page.change(() -> {
                        invitations.resend(username, context.organizationId(), invitation.id());
                        Notices.success(getTranslation("org.resent", invitation.email()));
                    }));
            resend.addThemeVariants(ButtonVariant.TERTIARY);
            resend.setAriaLabel(getTranslation("org.resend-to", invitation.email()));
            var revoke = new Button(
                    getTranslation("org.revoke"),
                    click -> page.change(() -> {
                        invitations.revoke(username, context.organizationId(), invitation.id());
                        Notices.success(getTranslation("org.revoked", invitation.email()));
                    }));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            revoke.setAriaLabel(getTranslation("org.revoke-to", invitation.email()));
            pending.add(Rows.row(address, details, Rows.actions(resend, revoke)));
        }
    }

    private void invite() {
        var address = email.getValue();
        try {
            page.change(() -> {
                invitations.invite(username, page.context().organizationId(), address, role.getValue(), getLocale());
                Notices.success(getTranslation("org.invited", address.strip()));
                email.clear();
                FieldErrors.clear(email);
            });
        } catch (RefusedInputException refused) {
            FieldErrors.show(email, refused.problem());
        }
    }
}
