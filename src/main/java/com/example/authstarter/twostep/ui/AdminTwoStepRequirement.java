package com.example.authstarter.twostep.ui;

import com.example.authstarter.account.ui.AccountPage;
import com.example.authstarter.account.ui.AccountView;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.signin.ui.SignOutView;
import com.example.authstarter.twostep.TwoStep;
import com.example.authstarter.twostep.TwoStepSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * With {@code APP_SECURITY_REQUIRE_TWO_STEP_FOR_ADMINS=true}, an administrator whose account has no second
 * step yet is taken to "My account" to set it up, from whatever page they open, until it is on. Only the
 * account page and signing out stay open meanwhile.
 */
@Component
class AdminTwoStepRequirement implements VaadinServiceInitListener {

    private static final Set<String> OPEN_MEANWHILE = Set.of(AccountView.ROUTE, SignOutView.ROUTE);

    private final TwoStepSettings settings;
    private final TwoStep twoStep;
    private final AuthenticationContext authentication;

    AdminTwoStepRequirement(TwoStepSettings settings, TwoStep twoStep, AuthenticationContext authentication) {
        this.settings = settings;
        this.twoStep = twoStep;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> register(init.getUI()));
    }

    void register(UI ui) {
        ui.addBeforeEnterListener(this::check);
    }

    private void check(BeforeEnterEvent event) {
        if (!settings.requireTwoStepForAdmins()
                || OPEN_MEANWHILE.contains(event.getLocation().getFirstSegment())
                || !authentication.hasRole("ADMIN")) {
            return;
        }
        var name = authentication.getPrincipalName().orElse("");
        if (!twoStep.isOn(name)) {
            event.rerouteTo(AccountPage.SECURITY.path());
            Notices.lasting(
                    event.getUI().getTranslation("two-step.admins.title"),
                    event.getUI().getTranslation("two-step.admins.text"));
        }
    }
}
