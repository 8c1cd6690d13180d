package com.example.authstarter.user.ui;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ui.AskByMailPage;
import com.example.authstarter.user.PasswordReset;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** "Forgot your password?": a username or email, then a link by mail if an account matches. */
@Route(value = PasswordReset.FORGOT_PASSWORD_ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends AskByMailPage {

    ForgotPasswordView(PasswordReset reset, AuthenticationContext authentication) {
        super("forgot", typed -> reset.request(typed, ClientAddress.current()), authentication);
    }
}
