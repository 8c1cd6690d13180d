package com.example.authstarter.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: the app name, a menu built from the views' {@code @Menu}
 * annotations (only those the user may open), who is signed in, and sign-out. A new view appears here by
 * itself once it has {@code @Route} and {@code @Menu}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    final Span signedInAs = new Span();
    final Button signOut = new Button("Sign out");
    final SideNav menu = new SideNav();

    MainLayout(AuthenticationContext authentication) {
        var title = new Span("Vaadin Auth Starter");
        title.addClassName("app-title");

        signedInAs.setText(authentication.getPrincipalName().orElse(""));
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClickListener(click -> authentication.logout());

        var user = new HorizontalLayout(signedInAs, signOut);
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        user.addClassName("app-user");

        MenuConfiguration.getMenuEntries().forEach(entry -> menu.addItem(item(entry)));

        addToNavbar(new DrawerToggle(), title, user);
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }
}
