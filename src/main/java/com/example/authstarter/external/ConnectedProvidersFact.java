package com.example.authstarter.external;

import com.example.authstarter.user.AccountFact;
import java.util.List;
import org.springframework.stereotype.Component;

/** Administrators see which providers are connected to each account (a column only where providers are configured). */
@Component
class ConnectedProvidersFact implements AccountFact {

    private final ExternalIdentities identities;
    private final ExternalProviders providers;

    ConnectedProvidersFact(ExternalIdentities identities, ExternalProviders providers) {
        this.identities = identities;
        this.providers = providers;
    }

    @Override
    public boolean isOffered() {
        return !providers.isEmpty();
    }

    @Override
    public String headerKey() {
        return "admin.providers";
    }

    @Override
    public List<String> valuesFor(String username) {
        return identities.of(username).stream()
                .map(ExternalIdentities.Connected::provider)
                .distinct()
                .toList();
    }
}
