package com.example.authstarter.external.ui;

import com.example.authstarter.external.ConnectedAccounts;
import com.example.authstarter.external.ExternalIdentities;
import com.example.authstarter.external.ProviderTrips;
import com.example.authstarter.reauth.ui.ConfirmationDialog;
import com.example.authstarter.reauth.ui.ConfirmationWay;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.springframework.stereotype.Component;

/**
 * "Confirm it is you" by signing in again at a provider connected to the account: the person leaves for the
 * provider and comes back to the same page with a recent sign-in, then makes the change. The only way for an
 * account with neither a password nor a passkey. Offered for each connected provider.
 */
@Component
class ProviderConfirmationWay implements ConfirmationWay {

    private final ConnectedAccounts accounts;

    ProviderConfirmationWay(ConnectedAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void offerIn(ConfirmationDialog dialog) {
        if (!accounts.offered()) {
            return;
        }
        var username = dialog.username();
        var connected = accounts.of(username).stream()
                .map(ExternalIdentities.Connected::providerId)
                .distinct()
                .toList();
        for (var provider : accounts.providers()) {
            if (!connected.contains(provider.id())) {
                continue;
            }
            var button = new Button(dialog.getTranslation("confirm.provider", provider.name()));
            button.addClickListener(click -> UI.getCurrent().getPage().fetchCurrentURL(url -> {
                var returnTo = url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery());
                UI.getCurrent()
                        .getPage()
                        .setLocation(ProviderTrips.confirm(
                                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession(),
                                username,
                                provider.id(),
                                returnTo));
            }));
            dialog.offerButton(button);
        }
    }
}
