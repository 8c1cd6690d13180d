package com.example.authstarter.account.ui;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.reauth.ui.SensitiveActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * Change the password: the current one, the new one twice. Every other session is signed out. An account made
 * with another provider's identity has none yet: it sets a first one, after a recent sign-in, with no current
 * password to give.
 */
@SpringComponent
@Scope("prototype")
@Order(10)
class PasswordSection extends AccountSection {

    @Override
    public AccountPage page() {
        return AccountPage.PASSWORD;
    }

    final PasswordField current = new PasswordField(getTranslation("account.current-password"));
    final PasswordField newPassword = new PasswordField(getTranslation("account.new-password"));
    final PasswordField repeat = new PasswordField(getTranslation("account.repeat-password"));
    final Button change = new Button(getTranslation("account.change-password"));
    final H2 title = new H2(getTranslation("account.change-password"));

    private final AccountService accounts;
    private final SensitiveActions sensitive;
    private boolean hasPassword = true;

    PasswordSection(AccountService accounts, SensitiveActions sensitive, AuthenticationContext authentication) {
        super(authentication);
        this.accounts = accounts;
        this.sensitive = sensitive;
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickListener(click -> {
            if (hasPassword) {
                change();
            } else {
                sensitive.run(SensitiveAction.SET_PASSWORD, this::change);
            }
        });
        add(title, new FormLayout(current, newPassword, repeat), change);
    }

    @Override
    protected void refresh() {
        hasPassword = accounts.hasPassword(username());
        current.setVisible(hasPassword);
        var text = getTranslation(hasPassword ? "account.change-password" : "account.set-password");
        title.setText(text);
        change.setText(text);
    }

    private void change() {
        FieldErrors.clear(current, newPassword, repeat);
        try {
            if (hasPassword) {
                accounts.changePassword(
                        username(), current.getValue(), newPassword.getValue(), repeat.getValue(), sessionId());
            } else {
                accounts.setFirstPassword(username(), newPassword.getValue(), repeat.getValue(), sessionId());
            }
        } catch (RefusedInputException refused) {
            var field = switch (refused.field()) {
                case PASSWORD -> newPassword;
                case REPEAT_PASSWORD -> repeat;
                default -> current;
            };
            FieldErrors.show(field, refused.problem());
            return;
        }
        current.clear();
        newPassword.clear();
        repeat.clear();
        Notices.success(getTranslation("account.password-changed"));
        refresh();
        // Every other session was signed out, which the list of sessions shows.
        changed();
    }
}
