package com.example.authstarter.reauth.ui;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.IdentityConfirmation.Outcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;

/**
 * "Confirm it is you": asks in place for the password, or another way the person has ({@link
 * ConfirmationWay}), and then carries the change out. Cancelling leaves everything as it was.
 */
public final class ConfirmationDialog extends Dialog {

    final Paragraph text = new Paragraph(getTranslation("confirm.text"));
    final PasswordField password = new PasswordField(getTranslation("account.current-password"));
    final Button confirm = new Button(getTranslation("confirm.button"));
    final Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());

    private final IdentityConfirmation identity;
    private final String username;
    private final Runnable change;
    private TextField other;
    private Function<String, Outcome> otherCheck;
    private Problem otherWrong;

    ConfirmationDialog(IdentityConfirmation identity, String username, Runnable change) {
        this.identity = identity;
        this.username = username;
        this.change = change;
        setHeaderTitle(getTranslation("confirm.title"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> confirm());
        add(text, password);
        getFooter().add(cancel, confirm);
        password.focus();
    }

    /** Whose identity is being confirmed: the signed-in person. */
    public String username() {
        return username;
    }

    /**
     * Offers a field beside the password (a code, say), with the dialog's text that names both: when the
     * password is left empty and {@code field} is filled, Confirm asks {@code check}, and shows {@code wrong} on
     * the field when it says no.
     */
    public void offerField(TextField field, String textKey, Function<String, Outcome> check, Problem wrong) {
        field.setWidthFull();
        text.setText(getTranslation(textKey));
        add(field);
        this.other = field;
        this.otherCheck = check;
        this.otherWrong = wrong;
    }

    /** Offers a button of its own (a passkey, say), before Confirm; it calls {@link #confirmed} or {@link #refuse}. */
    public void offerButton(Button button) {
        getFooter().addComponentAtIndex(1, button);
    }

    /** It was confirmed another way: the session's sign-in is recent, and the change is made. */
    public void confirmed() {
        identity.confirmed();
        close();
        change.run();
    }

    /** Another way did not confirm it: {@code problem} is shown on the password field. */
    public void refuse(Problem problem) {
        clearProblems();
        FieldErrors.show(password, problem);
    }

    private void confirm() {
        clearProblems();
        var byOther = other != null && password.isEmpty() && !other.isEmpty();
        var outcome =
                byOther ? otherCheck.apply(other.getValue()) : identity.confirmPassword(username, password.getValue());
        switch (outcome) {
            case CONFIRMED -> {
                if (byOther) {
                    identity.confirmed();
                }
                close();
                change.run();
            }
            case WRONG ->
                FieldErrors.show(
                        byOther ? other : password, byOther ? otherWrong : IdentityConfirmation.WRONG_PASSWORD);
            case MUST_WAIT -> FieldErrors.show(byOther ? other : password, IdentityConfirmation.MUST_WAIT);
        }
    }

    private void clearProblems() {
        FieldErrors.clear(password);
        if (other != null) {
            FieldErrors.clear(other);
        }
    }
}
