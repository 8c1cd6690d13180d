package com.example.authstarter.external.ui;

import com.example.authstarter.external.ExternalProblem;
import com.example.authstarter.external.ExternalProviders;
import com.example.authstarter.external.ProviderTrips;
import com.example.authstarter.signin.PasswordsOff;
import com.example.authstarter.signin.ui.SignInPageExtension;
import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.user.ui.RegisterPageExtension;
import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Sign in with …", one for each configured provider, under the sign-in form and the registration form (a first
 * sign-in makes the account). The links leave Vaadin's router: the browser goes to Spring Security's endpoint,
 * which sends it to the provider. The sign-in page says why a sign-in with a provider did not go through.
 */
@org.springframework.stereotype.Component
class ExternalSignInOffer implements SignInPageExtension, RegisterPageExtension {

    private final ExternalProviders providers;

    ExternalSignInOffer(ExternalProviders providers) {
        this.providers = providers;
    }

    @Override
    public void extend(SignInView page) {
        for (var provider : providers.all()) {
            page.addWayIn(link(page, provider));
        }
        for (var problem : ExternalProblem.values()) {
            page.addProblem(problem.parameter(), problem.textKey());
        }
        page.addProblem(PasswordsOff.PARAMETER, "login.passwords-off");
    }

    @Override
    public void extend(RegisterView page) {
        for (var provider : providers.all()) {
            page.addWayIn(link(page, provider));
        }
    }

    private static Anchor link(Component page, ExternalProviders.Provider provider) {
        var link = new Anchor(
                ProviderTrips.signIn(provider.id()), page.getTranslation("login.external.with", provider.name()));
        link.setRouterIgnore(true);
        link.addClassName("external-sign-in");
        return link;
    }
}
