package com.example.authstarter.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in view: the app's icon and name, a menu built from the views' {@code @Menu}
 * annotations (only those the user may open), and the user menu — an avatar with the person's initials that opens
 * who is signed in, "My account", the dark-mode switch and sign-out. The navbar is one line at any width (app.css
 * shortens the name on a phone). A new view appears in the menu by itself once it has {@code @Route} and
 * {@code @Menu}; its menu title may be plain text or a translation key. Every view gets the page padding (the
 * {@code view} class in app.css). Features add their parts to the navbar through {@link FrameExtension} (the
 * organization switcher), so the frame knows no feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String ACCOUNT = "account";

    final SideNav menu = new SideNav();
    final MenuBar userMenu = new MenuBar();
    final Avatar avatar;
    final Span signedInAs = new Span();
    final MenuItem account;
    final MenuItem themeSwitch;
    final MenuItem signOut;
    /** What features add to the navbar, before the user menu. */
    final Div frameParts = new Div();

    private final String username;
    private final ThemePreference themes;
    private boolean dark;

    MainLayout(
            AuthenticationContext authentication,
            ThemePreference themes,
            TranslationProvider texts,
            List<FrameExtension> extensions) {
        this.username = authentication.getPrincipalName().orElse("");
        this.themes = themes;

        var icon = new Image("icons/icon.png", "");
        icon.addClassName("app-icon");
        var fullName = new Span(getTranslation("app.name"));
        fullName.addClassName("app-name-full");
        var shortName = new Span(getTranslation("app.short-name"));
        shortName.addClassName("app-name-short");
        var home = new Anchor("", icon, fullName, shortName);
        home.addClassName("app-title");

        avatar = new Avatar(username);
        avatar.getElement().setAttribute("aria-hidden", "true");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.addClassName("app-user");
        var root = userMenu.addItem(avatar);
        root.setAriaLabel(getTranslation("layout.user-menu", username));
        var items = root.getSubMenu();
        signedInAs.setText(username);
        var who = items.addItem(signedInAs);
        who.setEnabled(false);
        account = items.addItem(getTranslation("menu.account"), click -> navigate(ACCOUNT));
        themeSwitch = items.addItem("", click -> setDark(!dark, true));
        signOut = items.addItem(getTranslation("layout.sign-out"), click -> authentication.logout());

        MenuConfiguration.getMenuEntries().forEach(entry -> menu.addItem(item(entry, texts)));

        frameParts.addClassName("app-frame-parts");
        addToNavbar(new DrawerToggle(), home, frameParts, userMenu);
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
        extensions.forEach(extension -> extension.extend(this));
    }

    /** Adds a feature's part to the navbar, before the user menu. */
    public void addToFrame(Component part) {
        frameParts.add(part);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().getClassList().add("view");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        setDark(themes.prefersDark(username), false);
    }

    /** Whether the pages are shown dark. */
    boolean isDark() {
        return dark;
    }

    private void setDark(boolean wanted, boolean chosenNow) {
        dark = wanted;
        themeSwitch.setText(getTranslation(wanted ? "layout.light-mode" : "layout.dark-mode"));
        getUI().ifPresent(ui -> ui.getElement().getThemeList().set(Lumo.DARK, wanted));
        if (chosenNow) {
            themes.setDark(username, wanted);
        }
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    private SideNavItem item(MenuEntry entry, TranslationProvider texts) {
        var label = texts.find(entry.title(), getLocale()).orElse(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
