package com.example.authstarter.passkey.ui;

import com.example.authstarter.base.Problem;
import com.example.authstarter.passkey.PasskeyConfirmation;
import com.example.authstarter.passkey.Passkeys;
import com.example.authstarter.reauth.ui.ConfirmationDialog;
import com.example.authstarter.reauth.ui.ConfirmationWay;
import com.vaadin.flow.component.button.Button;
import org.springframework.stereotype.Component;

/**
 * "Confirm it is you" with one of the person's passkeys: the browser answers a challenge with it, and nothing
 * is signed in again. Offered to people who have a passkey.
 */
@Component
class PasskeyConfirmationWay implements ConfirmationWay {

    static final Problem PASSKEY_REFUSED = Problem.of("confirm.passkey-failed");

    private final Passkeys passkeys;
    private final PasskeyConfirmation confirmation;

    PasskeyConfirmationWay(Passkeys passkeys, PasskeyConfirmation confirmation) {
        this.passkeys = passkeys;
        this.confirmation = confirmation;
    }

    @Override
    public void offerIn(ConfirmationDialog dialog) {
        var username = dialog.username();
        if (!passkeys.has(username)) {
            return;
        }
        var usePasskey = new Button(dialog.getTranslation("confirm.passkey"));
        usePasskey.addClickListener(click -> {
            var challenge = confirmation.challenge(username);
            PasskeyScript.call(dialog, "confirm", challenge.json()).then(String.class, answer -> {
                if (answer.isEmpty()) {
                    // Cancelled in the browser's dialog: the other ways stay open.
                    return;
                }
                if (confirmation.confirms(username, challenge, answer)) {
                    dialog.confirmed();
                } else {
                    dialog.refuse(PASSKEY_REFUSED);
                }
            });
        });
        dialog.offerButton(usePasskey);
    }
}
