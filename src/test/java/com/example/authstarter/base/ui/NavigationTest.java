package com.example.authstarter.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.user.ui.MembersView;
import com.example.authstarter.user.ui.RegisterView;
import com.example.newcomer.OrdersView;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class NavigationTest extends KaribuTest {

    @Test
    void an_anonymous_user_asking_for_the_backend_lands_on_login() {
        UI.getCurrent().navigate(MembersView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void an_anonymous_user_asking_for_the_start_page_lands_on_login() {
        UI.getCurrent().navigate(HomeView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void an_anonymous_user_may_open_registration() {
        UI.getCurrent().navigate(RegisterView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void a_signed_in_user_is_greeted_by_name() {
        testUsers.create("erin");
        signInAs("erin");

        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(HomeView.class).greeting.getText()).isEqualTo("Welcome, erin!");
        var layout = _get(MainLayout.class);
        assertThat(layout.signedInAs.getText()).isEqualTo("erin");
        // The user menu's avatar shows the initials of the name; the menu says whose it is.
        assertThat(layout.avatar.getName()).isEqualTo("erin");
        assertThat(layout.userMenu.getItems().getFirst().getElement().getAttribute("aria-label"))
                .isEqualTo("User menu of erin");
    }

    @Test
    void the_menu_offers_a_member_the_welcome_members_and_account_pages() {
        testUsers.create("erin");
        signInAs("erin");

        UI.getCurrent().navigate(HomeView.class);

        // Then the pages of features that plug in (organizations, the notes example), never an administrator's.
        assertThat(menuLabels())
                .startsWith("Welcome", "Members", "My account")
                .doesNotContain("Administration", "Security events");
    }

    @Test
    void the_user_menu_leads_to_my_account_and_switches_the_theme() {
        testUsers.create("erin");
        signInAs("erin");
        UI.getCurrent().navigate(HomeView.class);
        var layout = _get(MainLayout.class);
        assertThat(layout.userMenu.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("erin", "My account", "Dark mode", "Sign out");

        ContextMenuKt._click(layout.userMenu, layout.account);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("account");
    }

    @Test
    void a_view_added_as_the_readme_says_shows_its_plain_title_in_the_menu() {
        RouteConfiguration.forApplicationScope().setRoute("orders", OrdersView.class);
        testUsers.create("erin");
        signInAs("erin");

        UI.getCurrent().navigate(HomeView.class);
        var items = menuLabels();
        UI.getCurrent().navigate(OrdersView.class);

        assertThat(items).contains("Orders").noneMatch(label -> label.contains("!"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Orders");
        // Inside the main layout, with the page padding it gives every view.
        assertThat(_get(OrdersView.class).getClassNames()).contains("view");
    }

    @Test
    void a_path_that_is_no_view_shows_the_apps_own_not_found_page() {
        testUsers.create("erin");
        signInAs("erin");

        followLinkTo("no-such-page");

        var page = _get(NotFoundView.class);
        assertThat(page.title.getText()).isEqualTo("Page not found");
        assertThat(page.home.getHref()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found | Vaadin Auth Starter");
    }

    @Test
    void the_not_found_page_speaks_german_to_a_german_browser() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        followLinkTo("no-such-page");

        assertThat(_get(NotFoundView.class).title.getText()).isEqualTo("Seite nicht gefunden");
        assertThat(_get(NotFoundView.class).home.getText()).isEqualTo("Zur Startseite");
    }

    @Test
    void signing_out_ends_the_authentication_and_returns_to_the_start() {
        testUsers.create("heidi");
        signInAs("heidi");
        UI.getCurrent().navigate(HomeView.class);

        var layout = _get(MainLayout.class);
        ContextMenuKt._click(layout.userMenu, layout.signOut);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_username_that_looks_like_markup_is_greeted_as_text() {
        var markup = "<img src=x onerror=alert(1)>";
        testUsers.insertUnchecked(markup, "x@example.com");
        signInAs(markup);

        UI.getCurrent().navigate(HomeView.class);

        var greeting = _get(HomeView.class).greeting;
        assertThat(greeting.getText()).isEqualTo("Welcome, " + markup + "!");
        // One text node: the browser shows it as characters, never parses it as markup.
        assertThat(greeting.getElement().getChildCount()).isEqualTo(1);
        assertThat(greeting.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(greeting.getElement().getProperty("innerHTML")).isNull();
        assertThat(_get(MainLayout.class).signedInAs.getElement().getProperty("innerHTML"))
                .isNull();
    }

    @Test
    void idle_sessions_are_closed_even_with_a_tab_open() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
        assertThat(context.getEnvironment().getProperty("server.servlet.session.timeout"))
                .isEqualTo("30m");
    }

    private static List<String> menuLabels() {
        return _get(MainLayout.class).menu.getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    /** A link inside the app, followed as the browser's router asks the server for it. */
    private static void followLinkTo(String path) {
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.ROUTER_LINK);
    }
}
