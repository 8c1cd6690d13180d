package com.example.authstarter.twostep.ui;

import com.example.authstarter.base.Problem;
import com.example.authstarter.reauth.ui.ConfirmationDialog;
import com.example.authstarter.reauth.ui.ConfirmationWay;
import com.example.authstarter.twostep.TwoStep;
import com.example.authstarter.twostep.TwoStepCodeCheck;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.stereotype.Component;

/** "Confirm it is you" with a code from the authenticator app, for people with two-step sign-in on. */
@Component
class CodeConfirmationWay implements ConfirmationWay {

    static final Problem WRONG_CODE = Problem.of("confirm.wrong-code");

    private final TwoStep twoStep;
    private final TwoStepCodeCheck codeCheck;

    CodeConfirmationWay(TwoStep twoStep, TwoStepCodeCheck codeCheck) {
        this.twoStep = twoStep;
        this.codeCheck = codeCheck;
    }

    @Override
    public void offerIn(ConfirmationDialog dialog) {
        var username = dialog.username();
        if (!twoStep.isOn(username)) {
            return;
        }
        var code = new TextField(dialog.getTranslation("confirm.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        dialog.offerField(code, "confirm.text.either", typed -> codeCheck.confirm(username, typed), WRONG_CODE);
    }
}
