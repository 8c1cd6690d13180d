package com.example.authstarter.account.ui;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Deleting the account, with the current password; then the person is signed out. */
@SpringComponent
@Scope("prototype")
@Order(70)
class DeleteAccountSection extends AccountSection {

    @Override
    public AccountPage page() {
        return AccountPage.DELETE;
    }

    final PasswordField password = new PasswordField(getTranslation("account.current-password"));
    final Button delete = new Button(getTranslation("account.delete.button"));

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    DeleteAccountSection(AccountService accounts, AuthenticationContext authentication) {
        super(authentication);
        this.accounts = accounts;
        this.authentication = authentication;
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> delete());
        add(
                new H2(getTranslation("account.delete.heading")),
                new Paragraph(getTranslation("account.delete.text")),
                new FormLayout(password),
                delete);
    }

    private void delete() {
        FieldErrors.clear(password);
        try {
            accounts.deleteAccount(username(), password.getValue());
        } catch (RefusedInputException refused) {
            FieldErrors.show(password, refused.problem());
            return;
        }
        Notices.success(getTranslation("account.deleted"));
        authentication.logout();
    }
}
