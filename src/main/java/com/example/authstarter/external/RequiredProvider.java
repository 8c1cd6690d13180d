package com.example.authstarter.external;

import com.example.authstarter.base.Problem;
import com.example.authstarter.signin.PasswordsOff;
import com.example.authstarter.user.AddressRule;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An organization's own provider as the only way in, for everyone or for the addresses of its domains ({@link
 * ExternalSignInSettings.Required}): their accounts sign in with no password and no other provider, and no one
 * signs up at those addresses with a password. Nothing is required while the provider is not configured.
 */
@Component
class RequiredProvider implements PasswordsOff, AddressRule {

    private final ExternalSignInSettings.Required required;
    private final ExternalProviders providers;

    RequiredProvider(ExternalSignInSettings settings, ExternalProviders providers) {
        this.required = settings.required();
        this.providers = providers;
    }

    /** The provider the account at this address must sign in with, if any. */
    Optional<ExternalProviders.Provider> forEmail(String email) {
        if (!required.appliesTo(email)) {
            return Optional.empty();
        }
        return providers.find(required.provider());
    }

    @Override
    public boolean isOn() {
        return required.provider() != null
                && providers.find(required.provider()).isPresent();
    }

    @Override
    public boolean appliesTo(String email) {
        return forEmail(email).isPresent();
    }

    @Override
    public Optional<Problem> problemFor(String email) {
        return forEmail(email).map(provider -> Problem.of("rule.email.required-provider", provider.name()));
    }
}
