package com.example.authstarter.reauth.ui;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.IdentityConfirmation.Outcome;
import com.example.authstarter.reauth.SensitiveAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Confirm it is you": asks in place for the password, or another way the person has ({@link
 * ConfirmationWay}), and then carries the change out. Cancelling leaves everything as it was.
 */
public final class ConfirmationDialog extends Dialog {

    /** A field another way offers beside the password, what checks it, and what it says when that says no. */
    private record OtherWay(TextField field, Function<String, Outcome> check, Problem wrong) {}

    final Paragraph text = new Paragraph(getTranslation("confirm.text"));
    final PasswordField password = new PasswordField(getTranslation("account.current-password"));
    final Button confirm = new Button(getTranslation("confirm.button"));
    final Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());

    private final IdentityConfirmation identity;
    private final SensitiveAction action;
    private final String username;
    private final Runnable change;
    private final List<OtherWay> otherWays = new ArrayList<>();

    ConfirmationDialog(IdentityConfirmation identity, SensitiveAction action, String username, Runnable change) {
        this.identity = identity;
        this.action = action;
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
     * Offers a field beside the password (a code, say), with the dialog's text that names the ways: when the
     * password is left empty and {@code field} is filled, Confirm asks {@code check}, and shows {@code wrong} on
     * the field when it says no.
     */
    public void offerField(TextField field, String textKey, Function<String, Outcome> check, Problem wrong) {
        field.setWidthFull();
        text.setText(getTranslation(textKey));
        add(field);
        otherWays.add(new OtherWay(field, check, wrong));
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
        var other = password.isEmpty()
                ? otherWays.stream().filter(way -> !way.field().isEmpty()).findFirst()
                : Optional.<OtherWay>empty();
        if (other.isPresent()) {
            var way = other.get();
            var outcome = way.check().apply(way.field().getValue());
            if (outcome == Outcome.CONFIRMED) {
                confirmed();
            } else {
                FieldErrors.show(
                        way.field(), outcome == Outcome.WRONG ? way.wrong() : IdentityConfirmation.problem(outcome));
            }
            return;
        }
        var outcome = identity.confirm(action, username, password.getValue());
        if (outcome == Outcome.CONFIRMED) {
            close();
            change.run();
        } else {
            FieldErrors.show(password, IdentityConfirmation.problem(outcome));
        }
    }

    private void clearProblems() {
        FieldErrors.clear(password);
        otherWays.forEach(way -> FieldErrors.clear(way.field()));
    }
}
