package com.example.authstarter.signinlink.ui;

import com.example.authstarter.signin.ui.SignInPageExtension;
import com.example.authstarter.signin.ui.SignInView;
import com.vaadin.flow.router.RouterLink;
import org.springframework.stereotype.Component;

/** "Email me a sign-in link" among the links under the sign-in form. */
@Component
class SignInLinkOffer implements SignInPageExtension {

    @Override
    public void extend(SignInView page) {
        page.addLink(new RouterLink(page.getTranslation("login.link-link"), SignInLinkRequestView.class));
    }
}
