package com.example.authstarter.signinlink.ui;

import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.PostForm;
import com.example.authstarter.signinlink.SignInLinks;
import com.example.authstarter.token.OneTimeTokens;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a sign-in link from a mail opens. Opening it signs no one in: mail scanners open links too. A
 * button posts the link's token to Spring Security's one-time-token sign-in, which uses it up; a link that
 * expired or was used comes back here with {@code ?invalid}.
 */
@Route(value = SignInLinks.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInLinkView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final Div form = new Div();
    final NativeButton signIn = new NativeButton(getTranslation("link.landing.submit"));
    final Anchor askAgain = new Anchor(SignInLinks.REQUEST_ROUTE, getTranslation("link.ask-again"));

    SignInLinkView() {
        addClassName("narrow-page");
        signIn.getElement().setAttribute("type", "submit");
        signIn.addClassName("native-primary");
        askAgain.getElement().setAttribute("router-link", true);
        add(title, message, form, askAgain);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var token = parameters.getSingleParameter(OneTimeTokens.PARAMETER);
        form.getElement().removeAllChildren();
        if (token.isEmpty() || parameters.getParameters().containsKey(SignInLinks.INVALID)) {
            title.setText(getTranslation("link.invalid.title"));
            message.setText(getTranslation("link.invalid.text"));
            askAgain.setVisible(true);
            return;
        }
        title.setText(getTranslation("link.landing.title"));
        message.setText(getTranslation("link.landing.text"));
        askAgain.setVisible(false);
        form.getElement().appendChild(postForm(token.get()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "link.landing.title");
    }

    /** A plain form, so the browser posts it to Spring Security with the token and the CSRF token. */
    private Element postForm(String token) {
        var post = PostForm.to(SignInLinks.ROUTE);
        post.appendChild(PostForm.hidden(OneTimeTokens.PARAMETER, token), signIn.getElement());
        return post;
    }
}
