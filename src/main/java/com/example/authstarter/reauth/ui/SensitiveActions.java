package com.example.authstarter.reauth.ui;

import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.SensitiveAction;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs a sensitive change only once the person has confirmed it is them, as {@link SensitiveAction} says: at
 * once after a recent sign-in where that is enough, otherwise after the {@link ConfirmationDialog}. To guard a
 * new action, add it to {@link SensitiveAction} and call {@link #run}.
 */
@Component
public class SensitiveActions {

    private final IdentityConfirmation identity;
    private final List<ConfirmationWay> ways;
    private final AuthenticationContext authentication;

    SensitiveActions(IdentityConfirmation identity, List<ConfirmationWay> ways, AuthenticationContext authentication) {
        this.identity = identity;
        this.ways = ways;
        this.authentication = authentication;
    }

    /** Makes {@code change} now if {@code action} allows it, else once the person has confirmed it is them. */
    public void run(SensitiveAction action, Runnable change) {
        if (identity.allows(action)) {
            change.run();
            return;
        }
        var dialog = new ConfirmationDialog(
                identity, action, authentication.getPrincipalName().orElseThrow(), change);
        ways.forEach(way -> way.offerIn(dialog));
        dialog.open();
    }
}
