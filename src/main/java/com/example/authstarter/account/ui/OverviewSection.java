package com.example.authstarter.account.ui;

import com.example.authstarter.account.AccountService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The overview of "My account": who the person is, whether their address is verified, and what needs their
 * attention, each with a link to its page. On a phone, where there is no settings menu beside the page, it also
 * lists the settings pages (app.css hides that list on wider screens).
 */
@SpringComponent
@Scope("prototype")
@Order(0)
class OverviewSection extends AccountSection {

    final Paragraph who = new Paragraph();
    final UnorderedList attention = new UnorderedList();
    final Paragraph allWell = new Paragraph(getTranslation("account.overview.all-well"));
    final UnorderedList pages = new UnorderedList();

    private final AccountService accounts;
    private final List<AccountAttention> checks;

    OverviewSection(AccountService accounts, List<AccountAttention> checks, AuthenticationContext authentication) {
        super(authentication);
        this.accounts = accounts;
        this.checks = checks;
        attention.addClassName("account-attention");
        pages.addClassName("account-page-list");
        var settings = new Div(new H2(getTranslation("account.overview.settings")), pages);
        settings.addClassName("account-page-list-group");
        who.addClassName("account-who");
        add(
                new H2(getTranslation("account.overview.you")),
                who,
                new H2(getTranslation("account.overview.attention")),
                attention,
                allWell,
                settings);
    }

    @Override
    public AccountPage page() {
        return AccountPage.OVERVIEW;
    }

    /** Lists the settings pages this site offers (under 800 px, where the settings menu is hidden). */
    void listPages(List<AccountPage> offered) {
        pages.removeAll();
        for (var page : offered) {
            if (page != AccountPage.OVERVIEW) {
                var link = new Anchor(page.path(), getTranslation(page.titleKey()));
                link.addComponentAsFirst(new Icon(page.icon()));
                pages.add(new ListItem(link));
            }
        }
    }

    @Override
    protected void refresh() {
        var status = accounts.emailStatus(username());
        who.removeAll();
        who.add(new Span(getTranslation("account.overview.username", username())));
        who.add(new Span(getTranslation(
                status.verified() ? "account.email.current" : "account.email.current-unverified", status.email())));
        var items = new ArrayList<AccountAttention.Attention>();
        if (!status.verified()) {
            items.add(new AccountAttention.Attention("account.overview.verify-email", AccountPage.EMAIL));
        }
        checks.stream()
                .map(check -> check.of(username()))
                .flatMap(Optional::stream)
                .forEach(items::add);
        attention.removeAll();
        for (var item : items) {
            var link = new Anchor(item.page().path(), getTranslation(item.textKey()));
            link.addComponentAsFirst(new Icon(VaadinIcon.EXCLAMATION_CIRCLE_O));
            attention.add(new ListItem(link));
        }
        attention.setVisible(!items.isEmpty());
        allWell.setVisible(items.isEmpty());
    }
}
