package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.PageTitles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's own account, one section per concern: password, email, two-step sign-in, passkeys, where they are signed
 * in,
 * recent activity, and deleting the account. Each section is a small component of its own.
 */
@Route("account")
@Menu(order = 2, icon = "vaadin:user", title = "menu.account")
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    final PasswordSection password;
    final EmailSection email;
    final TwoStepSection twoStep;
    final PasskeysSection passkeys;
    final SignInsSection signIns;
    final ActivitySection activity;
    final DeleteAccountSection delete;

    AccountView(
            PasswordSection password,
            EmailSection email,
            TwoStepSection twoStep,
            PasskeysSection passkeys,
            SignInsSection signIns,
            ActivitySection activity,
            DeleteAccountSection delete) {
        this.password = password;
        this.email = email;
        this.twoStep = twoStep;
        this.passkeys = passkeys;
        this.signIns = signIns;
        this.activity = activity;
        this.delete = delete;
        // A new password signs out the other sessions, so the list of them changes too.
        password.onChanged(signIns::refresh);
        add(new H1(getTranslation("account.title")), password, email, twoStep, passkeys, signIns, activity, delete);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.title");
    }
}
