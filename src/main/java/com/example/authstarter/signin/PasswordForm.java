package com.example.authstarter.signin;

import com.example.authstarter.base.ui.SignInPage;
import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's part of the chain: Spring Security's form login at the sign-in page, screened for
 * oversized or odd input before anything reads it, with CSRF protection kept on ("login CSRF").
 */
@Component
@Order(10)
class PasswordForm implements SecurityChainPart {

    private final SignInResponses responses;
    private final RequestUtil requestUtil;

    PasswordForm(SignInResponses responses, RequestUtil requestUtil) {
        this.responses = responses;
        this.requestUtil = requestUtil;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        // Vaadin's configurer exempts the login form from CSRF protection, which allows "login CSRF" (a
        // foreign page signing the victim in to the attacker's account). The overlay sends the token, so
        // only Vaadin's own internal requests, which carry Vaadin's own token, are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInRequestLimits(), CsrfFilter.class);
        // The page is named here as well as by Vaadin's configurer: this form-login set-up comes first, and
        // without a page of its own Spring would add its generated one.
        http.formLogin(form -> form.loginPage(SignInPage.PATH).failureHandler(responses.passwordFormFailure()));
    }
}
