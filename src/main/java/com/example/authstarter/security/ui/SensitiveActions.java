package com.example.authstarter.security.ui;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.passkey.PasskeyConfirmation;
import com.example.authstarter.passkey.Passkeys;
import com.example.authstarter.security.RecentSignIn;
import com.example.authstarter.twostep.TwoStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Runs a sensitive change (an administrator's lock or role change, new recovery codes…) only after a recent
 * sign-in in this session; otherwise a dialog asks the person to confirm it is them — with their password, a
 * code from their authenticator app, or one of their passkeys — and then carries the change out. Cancelling leaves everything as it
 * was.
 */
@Component
public class SensitiveActions {

    static final Problem WRONG_PASSWORD = Problem.of("rule.current-password.wrong");
    static final Problem WRONG_CODE = Problem.of("confirm.wrong-code");
    static final Problem MUST_WAIT = Problem.of("rule.current-password.wait");
    static final Problem PASSKEY_REFUSED = Problem.of("confirm.passkey-failed");

    private final RecentSignIn recent;
    private final TwoStep twoStep;
    private final Passkeys passkeys;
    private final PasskeyConfirmation passkeyConfirmation;
    private final AuthenticationContext authentication;

    SensitiveActions(
            RecentSignIn recent,
            TwoStep twoStep,
            Passkeys passkeys,
            PasskeyConfirmation passkeyConfirmation,
            AuthenticationContext authentication) {
        this.recent = recent;
        this.twoStep = twoStep;
        this.passkeys = passkeys;
        this.passkeyConfirmation = passkeyConfirmation;
        this.authentication = authentication;
    }

    /** Runs {@code change} now if the sign-in is recent, else once the person has confirmed it is them. */
    public void run(Runnable change) {
        if (recent.isRecent()) {
            change.run();
        } else {
            new Confirmation(change).open();
        }
    }

    /** The dialog that asks for the password or a code, in place, and then carries the change out. */
    final class Confirmation extends Dialog {

        final PasswordField password = new PasswordField(getTranslation("account.current-password"));
        final TextField code = new TextField(getTranslation("confirm.code"));
        final Button confirm = new Button(getTranslation("confirm.button"));
        final Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());
        final Button usePasskey = new Button(getTranslation("confirm.passkey"));
        private final String username = authentication.getPrincipalName().orElseThrow();
        private final Runnable change;

        Confirmation(Runnable change) {
            this.change = change;
            setHeaderTitle(getTranslation("confirm.title"));
            password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
            password.setWidthFull();
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setWidthFull();
            code.setVisible(twoStep.isOn(username));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClickListener(click -> confirm());
            add(
                    new Paragraph(getTranslation(code.isVisible() ? "confirm.text.either" : "confirm.text")),
                    password,
                    code);
            usePasskey.setVisible(passkeys.has(username));
            usePasskey.addClickListener(click -> confirmWithPasskey());
            getFooter().add(cancel, usePasskey, confirm);
            password.focus();
        }

        /** The browser answers a challenge with one of the account's passkeys; nothing is signed in again. */
        private void confirmWithPasskey() {
            FieldErrors.clear(password, code);
            var challenge = passkeyConfirmation.challenge(username);
            PasskeyScript.call(this, "confirm", challenge.json()).then(String.class, answer -> {
                if (answer.isEmpty()) {
                    // Cancelled in the browser's dialog: the other ways stay open.
                    return;
                }
                if (recent.confirmPasskey(username, challenge, answer) == RecentSignIn.Outcome.CONFIRMED) {
                    close();
                    change.run();
                } else {
                    FieldErrors.show(password, PASSKEY_REFUSED);
                }
            });
        }

        private void confirm() {
            FieldErrors.clear(password, code);
            var byCode = password.isEmpty() && !code.isEmpty();
            var outcome = byCode
                    ? recent.confirmCode(username, code.getValue())
                    : recent.confirmPassword(username, password.getValue());
            switch (outcome) {
                case CONFIRMED -> {
                    close();
                    change.run();
                }
                case WRONG -> FieldErrors.show(byCode ? code : password, byCode ? WRONG_CODE : WRONG_PASSWORD);
                case MUST_WAIT -> FieldErrors.show(byCode ? code : password, MUST_WAIT);
            }
        }
    }
}
