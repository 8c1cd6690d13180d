package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.PageTitles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in person's own account, one section per concern ({@link AccountSection}), in their order:
 * password, email, two-step sign-in, passkeys, where they are signed in, recent activity, deleting the account.
 */
@Route(AccountView.ROUTE)
@Menu(order = 2, icon = "vaadin:user", title = "menu.account")
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "account";

    final List<AccountSection> sections;

    AccountView(List<AccountSection> sections) {
        this.sections = sections;
        add(new H1(getTranslation("account.title")));
        for (var section : sections) {
            section.whenChanged(() -> sections.forEach(AccountSection::refresh));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.title");
    }
}
