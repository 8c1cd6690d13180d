package com.example.authstarter.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Consumer;

/**
 * A page for people who are not signed in that asks for a username or email and then mails a link
 * ({@link AskByMailForm}): "forgot password", "email me a sign-in link". A signed-in visitor goes to the
 * start page instead.
 */
public abstract class AskByMailPage extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public final AskByMailForm form;

    private final String texts;
    private final AuthenticationContext authentication;

    /**
     * @param texts the key prefix of the page's texts: {@code <texts>.title}, {@code .text}, and the form's
     * @param ask what to do with what was typed
     */
    protected AskByMailPage(String texts, Consumer<String> ask, AuthenticationContext authentication) {
        this.texts = texts;
        this.authentication = authentication;
        this.form = new AskByMailForm(texts, ask, SignInPage.ROUTE);
        addClassName("narrow-page");
        add(new H1(getTranslation(texts + ".title")), new Paragraph(getTranslation(texts + ".text")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, texts + ".title");
    }
}
