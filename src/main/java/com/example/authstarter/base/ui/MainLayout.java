package com.example.authstarter.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: the app name, a menu built from the views' {@code @Menu}
 * annotations (only those the user may open), who is signed in, the dark-mode switch, and sign-out. A new
 * view appears here by itself once it has {@code @Route} and {@code @Menu}; its menu title may be plain
 * text or a translation key. Every view gets the page padding (the {@code view} class in app.css).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    final Span signedInAs = new Span();
    final Checkbox darkMode = new Checkbox(getTranslation("layout.dark-mode"));
    final Button signOut = new Button(getTranslation("layout.sign-out"));
    final SideNav menu = new SideNav();

    private final String username;
    private final ThemePreference themes;

    MainLayout(AuthenticationContext authentication, ThemePreference themes, TranslationProvider texts) {
        this.username = authentication.getPrincipalName().orElse("");
        this.themes = themes;
        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        signedInAs.setText(username);
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        darkMode.addValueChangeListener(change -> {
            applyTheme(change.getValue());
            if (change.isFromClient()) {
                themes.setDark(username, change.getValue());
            }
        });

        var user = new HorizontalLayout(darkMode, signedInAs, signOut);
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        user.addClassName("app-user");

        MenuConfiguration.getMenuEntries().forEach(entry -> menu.addItem(item(entry, texts)));

        addToNavbar(new DrawerToggle(), title, user);
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().getClassList().add("view");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        darkMode.setValue(themes.prefersDark(username));
        applyTheme(darkMode.getValue());
    }

    private void applyTheme(boolean dark) {
        getUI().ifPresent(ui -> ui.getElement().getThemeList().set(Lumo.DARK, dark));
    }

    private SideNavItem item(MenuEntry entry, TranslationProvider texts) {
        var label = texts.find(entry.title(), getLocale()).orElse(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
