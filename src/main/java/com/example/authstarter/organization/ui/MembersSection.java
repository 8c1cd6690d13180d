package com.example.authstarter.organization.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.organization.OrganizationContext;
import com.example.authstarter.organization.OrganizationRefusedException;
import com.example.authstarter.organization.OrganizationRole;
import com.example.authstarter.organization.Organizations;
import com.example.authstarter.user.UserKeys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;

/**
 * The members and their roles. Owners and admins change roles and remove members (admins not owners, nor make
 * them); everyone may leave, except the last owner, who hands over first.
 */
class MembersSection extends Section {

    final Div list = new Div();
    final Button leave = new Button();

    private final OrganizationView page;
    private final Organizations organizations;
    private final String username;

    MembersSection(OrganizationView page, Organizations organizations, String username) {
        this.page = page;
        this.organizations = organizations;
        this.username = username;
        leave.setText(getTranslation("org.leave"));
        leave.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        leave.addClickListener(click -> leave());
        add(new H2(getTranslation("org.members")), list, leave);
    }

    void show(OrganizationContext context) {
        list.removeAll();
        for (var member : organizations.members(context.organizationId(), username)) {
            var name = new Span(member.username());
            name.addClassName("org-member");
            var since = new Span(getTranslation("org.member-since", Dates.day(member.since())));
            since.addClassName("org-since");
            var self = UserKeys.username(member.username()).equals(UserKeys.username(username));
            if (self || !context.role().mayManage(member.role())) {
                list.add(Rows.row(name, Rows.badge(getTranslation(member.role().textKey())), since));
                continue;
            }
            var role = new Select<OrganizationRole>();
            role.setAriaLabel(getTranslation("org.role-of", member.username()));
            role.setItems(Arrays.stream(OrganizationRole.values())
                    .filter(context.role()::mayGive)
                    .toList());
            role.setItemLabelGenerator(choice -> getTranslation(choice.textKey()));
            role.setValue(member.role());
            role.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    page.change(() -> {
                        organizations.changeRole(
                                username, context.organizationId(), member.username(), change.getValue());
                        Notices.success(getTranslation("org.role-changed", member.username()));
                    });
                }
            });
            var remove = new Button(
                    getTranslation("org.remove"),
                    click -> page.change(() -> {
                        organizations.remove(username, context.organizationId(), member.username());
                        Notices.success(getTranslation("org.removed", member.username()));
                    }));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("org.remove-of", member.username()));
            list.add(Rows.row(name, role, since, Rows.actions(remove)));
        }
    }

    private void leave() {
        var context = page.context();
        try {
            organizations.leave(username, context.organizationId());
        } catch (OrganizationRefusedException refused) {
            Notices.refused(refused.problem());
            return;
        }
        Notices.success(getTranslation("org.left", context.name()));
        page.leaveThePage();
    }
}
