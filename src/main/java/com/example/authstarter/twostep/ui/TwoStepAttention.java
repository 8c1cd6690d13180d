package com.example.authstarter.twostep.ui;

import com.example.authstarter.account.ui.AccountAttention;
import com.example.authstarter.account.ui.AccountPage;
import com.example.authstarter.twostep.TwoStep;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the overview of "My account": two-step sign-in is off, with a link to turn it on. */
@Component
class TwoStepAttention implements AccountAttention {

    private final TwoStep twoStep;

    TwoStepAttention(TwoStep twoStep) {
        this.twoStep = twoStep;
    }

    @Override
    public Optional<Attention> of(String username) {
        return twoStep.isOn(username)
                ? Optional.empty()
                : Optional.of(new Attention("two-step.attention", AccountPage.SECURITY));
    }
}
