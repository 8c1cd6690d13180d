package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;

/**
 * "My account" as settings pages, one address each ({@link AccountPage}): a settings menu beside the page on a
 * desktop; on a phone the overview lists the pages and each page leads back to it (app.css switches between the
 * two). A page shows the sections ({@link AccountSection}) that stand on it, each a group of its own. An
 * unknown page is "not found"; a deep link survives sign-in like any other.
 */
@Route(AccountView.ROUTE + "/:" + AccountView.PAGE + "?")
@Menu(order = 2, icon = "vaadin:user", title = "menu.account")
@PermitAll
public class AccountView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "account";
    static final String PAGE = "page";

    final SideNav settingsMenu = new SideNav();
    final Anchor back = new Anchor(ROUTE, getTranslation("account.back"));
    final H1 title = new H1();
    final Div content = new Div();

    /** Every section of every page, made with the view; each reads the account only when its page is shown. */
    final List<AccountSection> sections;

    /** The pages this site offers: the overview, and those with a section that has something to offer. */
    private final List<AccountPage> offered;

    private AccountPage page = AccountPage.OVERVIEW;

    AccountView(List<AccountSection> sections) {
        this.sections = sections;
        for (var section : sections) {
            section.whenChanged(() -> shown().forEach(AccountSection::refresh));
        }
        this.offered = Arrays.stream(AccountPage.values())
                .filter(each -> each == AccountPage.OVERVIEW
                        || sections.stream().anyMatch(section -> section.page() == each && section.isOffered()))
                .toList();
        for (var each : offered) {
            settingsMenu.addItem(new SideNavItem(getTranslation(each.titleKey()), each.path(), new Icon(each.icon())));
        }
        sections.stream()
                .filter(OverviewSection.class::isInstance)
                .forEach(overview -> ((OverviewSection) overview).listPages(offered));
        settingsMenu.setLabel(getTranslation("account.settings-menu"));
        settingsMenu.addClassName("account-menu");
        back.addComponentAsFirst(new Icon(VaadinIcon.ARROW_LEFT));
        back.addClassName("account-back");
        var page = new Div(back, title, content);
        page.addClassName("account-page");
        content.addClassName("account-groups");
        addClassName("account");
        add(settingsMenu, page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var wanted = AccountPage.at(event.getRouteParameters().get(PAGE).orElse(null));
        if (wanted.isEmpty() || !offered.contains(wanted.get())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(wanted.get());
    }

    /** The sections on the page now, in their order. */
    List<AccountSection> shown() {
        return content.getChildren()
                .filter(AccountSection.class::isInstance)
                .map(AccountSection.class::cast)
                .toList();
    }

    private void show(AccountPage wanted) {
        page = wanted;
        title.setText(getTranslation(wanted.titleKey()));
        back.setVisible(wanted != AccountPage.OVERVIEW);
        content.removeAll();
        for (var section : sections) {
            if (section.page() == wanted && section.isOffered()) {
                section.refresh();
                content.add(section);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, page.titleKey());
    }
}
