package com.example.authstarter.signin.ui;

import com.example.authstarter.base.ui.HomeView;
import com.example.authstarter.base.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * What a typed or bookmarked {@code /logout} shows: a question and a button. Signing out changes state, so
 * it happens on the button (a CSRF-protected request), never on a plain page load that another site could
 * trigger.
 */
@Route(value = SignOutView.ROUTE, autoLayout = false)
@PermitAll
public class SignOutView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "logout";

    final Button signOut = new Button(getTranslation("logout.submit"));
    final RouterLink stay = new RouterLink(getTranslation("logout.stay"), HomeView.class);

    SignOutView(AuthenticationContext authentication) {
        addClassName("narrow-page");
        signOut.addThemeVariants(ButtonVariant.PRIMARY);
        signOut.addClickListener(click -> authentication.logout());
        add(
                new H1(getTranslation("logout.title")),
                new Paragraph(getTranslation(
                        "logout.text", authentication.getPrincipalName().orElse(""))),
                signOut,
                stay);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "logout.title");
    }
}
