package com.example.authstarter.passkey.ui;

import com.example.authstarter.signin.ui.SignInPageExtension;
import com.example.authstarter.signin.ui.SignInView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.SvgIcon;
import org.springframework.stereotype.Component;

/**
 * Passkeys on the sign-in page: "Sign in with a passkey" under the form, and, where the browser can, this
 * site's passkeys offered in the username field's autofill — not right after a refused passkey ({@value
 * #FAILED}), which the browser might offer again at once. Either signs in through Spring Security's endpoint
 * ({@code passkeys.js}); "keep me signed in" applies.
 */
@Component
class PasskeySignInOffer implements SignInPageExtension {

    /** Where the script sends a refused passkey: the sign-in page with this parameter, which says so. */
    static final String FAILED = "passkey-failed";

    @Override
    public void extend(SignInView page) {
        // A file of its own rather than Vaadin's icon set, which would add 240 KB of script to the first page.
        var passkey = new Button(page.getTranslation("login.passkey"), new SvgIcon("images/key.svg"));
        passkey.setWidthFull();
        passkey.addClickListener(click -> PasskeyScript.callWithToken(page, "signIn", page.rememberMeField()));
        page.addWayIn(passkey);
        page.addProblem(FAILED, "login.passkey-failed");
        page.addAttachListener(attach -> {
            if (!page.opensWith(FAILED)) {
                PasskeyScript.callWithToken(page, "autofill", page.form(), page.rememberMeField());
            }
        });
    }
}
