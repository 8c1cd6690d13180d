package com.example.authstarter.security.ui;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.security.SignInLinks;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * "Email me a sign-in link": a username or email, then always the same sentence, whether or not an account
 * matches.
 */
@Route(value = "login/link", autoLayout = false)
@AnonymousAllowed
public class SignInLinkRequestView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField identifier = new TextField(getTranslation("link.identifier"));
    final Button send = new Button(getTranslation("link.submit"));
    final Paragraph sent = new Paragraph(getTranslation("link.sent"));
    final Anchor signIn = new Anchor("login", getTranslation("link.password-link"));

    private final SignInLinks links;
    private final AuthenticationContext authentication;

    SignInLinkRequestView(SignInLinks links, AuthenticationContext authentication) {
        this.links = links;
        this.authentication = authentication;
        addClassName("narrow-page");
        identifier.setAutocomplete(Autocomplete.USERNAME);
        identifier.setRequiredIndicatorVisible(true);
        identifier.setMaxLength(254);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        send.addClickListener(click -> send());
        sent.setVisible(false);
        signIn.getElement().setAttribute("router-link", true);
        add(
                new H1(getTranslation("link.title")),
                new Paragraph(getTranslation("link.text")),
                identifier,
                send,
                sent,
                signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "link.title");
    }

    private void send() {
        if (identifier.getValue().isBlank()) {
            identifier.setErrorMessage(getTranslation("forgot.required"));
            identifier.setInvalid(true);
            return;
        }
        links.request(identifier.getValue(), ClientAddress.current());
        identifier.setInvalid(false);
        identifier.setEnabled(false);
        send.setVisible(false);
        sent.setVisible(true);
    }
}
