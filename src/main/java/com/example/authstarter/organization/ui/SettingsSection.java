package com.example.authstarter.organization.ui;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.organization.OrganizationContext;
import com.example.authstarter.organization.OrganizationRefusedException;
import com.example.authstarter.organization.Organizations;
import com.example.authstarter.user.UserKeys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** For owners: rename the organization, hand it over to another member, delete it (its name typed to confirm). */
class SettingsSection extends Section {

    final TextField name = new TextField(getTranslation("org.name"));
    final Button rename = new Button(getTranslation("org.rename"));
    final Select<String> heir = new Select<>();
    final Button handOver = new Button(getTranslation("org.hand-over"));
    final TextField confirmName = new TextField();
    final Button delete = new Button(getTranslation("org.delete"));

    private final OrganizationView page;
    private final Organizations organizations;
    private final String username;

    SettingsSection(OrganizationView page, Organizations organizations, String username) {
        this.page = page;
        this.organizations = organizations;
        this.username = username;
        name.setMaxLength(Organizations.NAME_MAX);
        rename.addClickListener(click -> rename());
        heir.setLabel(getTranslation("org.hand-over-to"));
        handOver.addClickListener(click -> handOver());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        delete.addClickListener(click -> delete());
        var renameForm = new Div(name, rename);
        renameForm.addClassName("org-form");
        var handOverForm = new Div(heir, handOver);
        handOverForm.addClassName("org-form");
        var deleteForm = new Div(confirmName, delete);
        deleteForm.addClassName("org-form");
        add(
                new H2(getTranslation("org.settings")),
                renameForm,
                new H3(getTranslation("org.hand-over-heading")),
                new Paragraph(getTranslation("org.hand-over-hint")),
                handOverForm,
                new H3(getTranslation("org.delete-heading")),
                new Paragraph(getTranslation("org.delete-hint")),
                deleteForm);
    }

    void show(OrganizationContext context) {
        name.setValue(context.name());
        confirmName.setLabel(getTranslation("org.delete-confirm", context.name()));
        confirmName.clear();
        var others = organizations.members(context.organizationId(), username).stream()
                .map(Organizations.Member::username)
                .filter(member -> !UserKeys.username(member).equals(UserKeys.username(username)))
                .toList();
        heir.setItems(others);
        heir.setEnabled(!others.isEmpty());
        handOver.setEnabled(!others.isEmpty());
    }

    private void rename() {
        try {
            page.change(() -> {
                organizations.rename(username, page.context().organizationId(), name.getValue());
                FieldErrors.clear(name);
                Notices.success(getTranslation("org.renamed"));
            });
        } catch (RefusedInputException refused) {
            FieldErrors.show(name, refused.problem());
        }
    }

    private void handOver() {
        if (heir.isEmpty()) {
            heir.setInvalid(true);
            heir.setErrorMessage(getTranslation("org.hand-over-choose"));
            return;
        }
        var to = heir.getValue();
        heir.setInvalid(false);
        page.change(() -> {
            organizations.handOver(username, page.context().organizationId(), to);
            Notices.success(getTranslation("org.handed-over", to));
        });
    }

    private void delete() {
        var context = page.context();
        try {
            organizations.delete(username, context.organizationId(), confirmName.getValue());
        } catch (RefusedInputException refused) {
            FieldErrors.show(confirmName, refused.problem());
            return;
        } catch (OrganizationRefusedException refused) {
            Notices.refused(refused.problem());
            return;
        }
        Notices.success(getTranslation("org.deleted", context.name()));
        page.leaveThePage();
    }
}
