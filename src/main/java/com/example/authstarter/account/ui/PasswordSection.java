package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.user.AccountService;
import com.example.authstarter.user.RefusedInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Scope;

/** Change the password: the current one, the new one twice. Every other session is signed out. */
@SpringComponent
@Scope("prototype")
class PasswordSection extends Section {

    final PasswordField current = new PasswordField(getTranslation("account.current-password"));
    final PasswordField newPassword = new PasswordField(getTranslation("account.new-password"));
    final PasswordField repeat = new PasswordField(getTranslation("account.repeat-password"));
    final Button change = new Button(getTranslation("account.change-password"));

    private final AccountService accounts;
    private final CurrentUser user;
    private final List<Runnable> afterChange = new ArrayList<>();

    PasswordSection(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.user = CurrentUser.of(authentication);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickListener(click -> change());
        add(new H2(getTranslation("account.password")), new FormLayout(current, newPassword, repeat), change);
    }

    void onChanged(Runnable action) {
        afterChange.add(action);
    }

    private void change() {
        FieldErrors.clear(current, newPassword, repeat);
        try {
            accounts.changePassword(
                    user.username(), current.getValue(), newPassword.getValue(), repeat.getValue(), user.sessionId());
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
        afterChange.forEach(Runnable::run);
    }
}
