package com.example.authstarter.user.ui;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.password.PasswordRules;
import com.example.authstarter.password.ui.PasswordStrengthMeter;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.PasswordReset;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The page a reset link opens: a new password, twice, under the same rules as everywhere. It shows the form
 * only behind a working link, and a clear page for one that expired or was used.
 */
@Route(value = PasswordReset.RESET_ROUTE, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    // For password managers: they store the new password under this name.
    final TextField username = new TextField(getTranslation("reset.username"));
    final PasswordField password = new PasswordField(getTranslation("reset.password"));
    final PasswordStrengthMeter strength = new PasswordStrengthMeter();
    final PasswordField repeat = new PasswordField(getTranslation("reset.repeat"));
    final Button save = new Button(getTranslation("reset.submit"));
    final Anchor next = new Anchor();

    private final PasswordReset reset;
    private String token;

    ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("narrow-page");
        username.setReadOnly(true);
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordRules.MAX);
        password.addValueChangeListener(change -> strength.show(change.getValue(), List.of(username.getValue())));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setMaxLength(PasswordRules.MAX);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        save.addClickListener(click -> save());
        next.getElement().setAttribute("router-link", true);
        add(title, message, username, password, strength, repeat, save, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(OneTimeTokens.PARAMETER)
                .orElse("");
        reset.usernameFor(token)
                .ifPresentOrElse(
                        name -> {
                            username.setValue(name);
                            title.setText(getTranslation("reset.title"));
                            message.setText(getTranslation("reset.text", PasswordRules.MIN));
                            showForm(true);
                        },
                        this::showInvalidLink);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "reset.title");
    }

    private void save() {
        FieldErrors.clear(password, repeat);
        PasswordReset.Outcome outcome;
        try {
            outcome = reset.reset(token, password.getValue(), repeat.getValue());
        } catch (RefusedInputException refused) {
            if (refused.problem().equals(PasswordReset.INVALID_LINK)) {
                showInvalidLink();
            } else {
                FieldErrors.show(
                        refused.field() == RefusedInputException.Field.REPEAT_PASSWORD ? repeat : password,
                        refused.problem());
            }
            return;
        }
        showForm(false);
        title.setText(getTranslation("reset.done.title"));
        message.setText(
                getTranslation(outcome == PasswordReset.Outcome.DONE ? "reset.done.text" : "reset.done.still-locked"));
        next.setHref(SignInPage.ROUTE);
        next.setText(getTranslation("reset.sign-in-link"));
    }

    private void showInvalidLink() {
        showForm(false);
        title.setText(getTranslation("link.invalid.title"));
        message.setText(getTranslation("link.invalid.text"));
        next.setHref(PasswordReset.FORGOT_PASSWORD_ROUTE);
        next.setText(getTranslation("reset.ask-again"));
    }

    private void showForm(boolean visible) {
        for (var part : List.of(username, password, strength, repeat, save)) {
            part.setVisible(visible);
        }
        password.clear();
        repeat.clear();
    }
}
