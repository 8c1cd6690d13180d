package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.user.AccountService;
import com.example.authstarter.user.RefusedInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;

/** The address on the account, seen only by its owner here, and changing it with the current password. */
@SpringComponent
@Scope("prototype")
class EmailSection extends Section {

    final Paragraph currentEmail = new Paragraph();
    final EmailField newEmail = new EmailField(getTranslation("account.new-email"));
    final PasswordField password = new PasswordField(getTranslation("account.current-password"));
    final Button change = new Button(getTranslation("account.change-email"));

    private final AccountService accounts;
    private final CurrentUser user;

    EmailSection(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.user = CurrentUser.of(authentication);
        newEmail.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        change.addClickListener(click -> change());
        add(new H2(getTranslation("account.email")), currentEmail, new FormLayout(newEmail, password), change);
        showCurrent();
    }

    private void change() {
        FieldErrors.clear(newEmail, password);
        try {
            accounts.changeEmail(user.username(), password.getValue(), newEmail.getValue());
        } catch (RefusedInputException refused) {
            FieldErrors.show(
                    refused.field() == RefusedInputException.Field.EMAIL ? newEmail : password, refused.problem());
            return;
        }
        newEmail.clear();
        password.clear();
        showCurrent();
        Notices.success(getTranslation("account.email-changed"));
    }

    private void showCurrent() {
        currentEmail.setText(getTranslation("account.email.current", accounts.email(user.username())));
    }
}
