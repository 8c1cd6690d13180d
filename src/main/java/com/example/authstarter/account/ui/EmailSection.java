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
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The address on the account, seen only by its owner here, whether it is verified (with "send the link
 * again"), and moving to a new address, which takes effect when the link sent there is opened.
 */
@SpringComponent
@Scope("prototype")
@Order(20)
class EmailSection extends AccountSection {

    @Override
    public AccountPage page() {
        return AccountPage.EMAIL;
    }

    final Paragraph currentEmail = new Paragraph();
    final Button resend = new Button(getTranslation("account.email.resend"));
    final EmailField newEmail = new EmailField(getTranslation("account.new-email"));
    final PasswordField password = new PasswordField(getTranslation("account.current-password"));
    final Button change = new Button(getTranslation("account.change-email"));

    private final AccountService accounts;

    EmailSection(AccountService accounts, AuthenticationContext authentication) {
        super(authentication);
        this.accounts = accounts;
        newEmail.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        resend.addThemeVariants(ButtonVariant.TERTIARY);
        resend.addClickListener(click -> resend());
        change.addClickListener(click -> change());
        add(new H2(getTranslation("account.email.heading")), current(), new FormLayout(newEmail, password), change);
    }

    @Override
    protected void refresh() {
        showCurrent();
    }

    /** The address and, beside it or under it on a phone, the button to send its link again. */
    private HorizontalLayout current() {
        var line = new HorizontalLayout(currentEmail, resend);
        line.setWrap(true);
        line.setAlignItems(Alignment.BASELINE);
        return line;
    }

    private void resend() {
        if (accounts.resendVerification(username())) {
            Notices.success(getTranslation("account.email.resent"));
        } else {
            Notices.error(getTranslation("rule.email.too-many-mails"));
        }
    }

    private void change() {
        FieldErrors.clear(newEmail, password);
        try {
            accounts.changeEmail(username(), password.getValue(), newEmail.getValue());
        } catch (RefusedInputException refused) {
            FieldErrors.show(
                    refused.field() == RefusedInputException.Field.EMAIL ? newEmail : password, refused.problem());
            return;
        }
        Notices.success(
                getTranslation("account.email-change-sent", newEmail.getValue().strip()));
        newEmail.clear();
        password.clear();
    }

    private void showCurrent() {
        var status = accounts.emailStatus(username());
        currentEmail.setText(getTranslation(
                status.verified() ? "account.email.current" : "account.email.current-unverified", status.email()));
        resend.setVisible(!status.verified());
    }
}
