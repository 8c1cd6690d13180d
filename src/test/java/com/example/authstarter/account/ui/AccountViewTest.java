package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.NotFoundView;
import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.TwoStepFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** "My account" as settings pages: one address each, the settings menu, the overview and its links. */
class AccountViewTest extends KaribuTest {

    @Autowired
    TwoStepFixtures twoStep;

    @Test
    void each_page_has_its_address_title_and_sections_in_order() {
        testUsers.create("olivia");
        signInAs("olivia");

        var pages = List.of(
                new Page("account", "My account", List.of("OverviewSection")),
                new Page("account/password", "Password", List.of("PasswordSection")),
                new Page("account/email", "Email address", List.of("EmailSection")),
                new Page(
                        "account/security",
                        "Two-step sign-in and passkeys",
                        List.of("TwoStepSection", "PasskeysSection")),
                new Page("account/sessions", "Sessions and devices", List.of("SessionsSection", "DevicesSection")),
                new Page("account/activity", "Recent activity", List.of("ActivitySection")),
                new Page("account/delete", "Delete account", List.of("DeleteAccountSection")));
        for (var page : pages) {
            UI.getCurrent().navigate(page.path());

            var view = _get(AccountView.class);
            assertThat(view.title.getText()).as(page.path()).isEqualTo(page.title());
            assertThat(view.shown().stream().map(section -> section.getClass().getSimpleName()))
                    .as(page.path())
                    .containsExactlyElementsOf(page.sections());
            assertThat(view.shown())
                    .allSatisfy(section -> assertThat(section.getClassNames()).contains("account-group"));
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(page.title() + " | Vaadin Auth Starter");
            // The way back to the overview, for phones, on every page but the overview.
            assertThat(view.back.isVisible()).isEqualTo(!page.path().equals("account"));
        }
    }

    @Test
    void the_settings_menu_links_every_page_and_headings_are_not_repeated() {
        testUsers.create("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate("account/password");

        var view = _get(AccountView.class);
        assertThat(view.settingsMenu.getItems().stream().map(SideNavItem::getPath))
                .containsExactly(
                        "account",
                        "account/password",
                        "account/email",
                        "account/security",
                        "account/sessions",
                        "account/activity",
                        "account/delete");
        var heading = view.shown()
                .getFirst()
                .getChildren()
                .filter(H2.class::isInstance)
                .map(h2 -> ((H2) h2).getText())
                .findFirst()
                .orElseThrow();
        assertThat(heading).isEqualTo("Change password").isNotEqualTo(view.title.getText());
    }

    @Test
    void the_overview_says_who_you_are_and_links_what_needs_attention() {
        testUsers.create("olivia");
        testUsers.verifyEmail("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate("account");

        var overview = _get(OverviewSection.class);
        assertThat(overview.who.getElement().getTextRecursively())
                .contains("olivia")
                .contains("olivia@example.com (verified)");
        assertThat(links(overview.attention)).containsExactly("Turn on two-step sign-in -> account/security");
        assertThat(overview.allWell.isVisible()).isFalse();
        // On a phone, the list of pages stands in for the settings menu.
        assertThat(links(overview.pages)).hasSize(6).contains("Delete account -> account/delete");
    }

    @Test
    void nothing_needs_attention_when_the_address_is_verified_and_two_step_sign_in_is_on() {
        testUsers.create("olivia");
        testUsers.verifyEmail("olivia");
        signInAs("olivia");
        twoStep.turnOn("olivia");

        UI.getCurrent().navigate("account");

        var overview = _get(OverviewSection.class);
        assertThat(overview.attention.isVisible()).isFalse();
        assertThat(overview.allWell.getText()).isEqualTo("Nothing needs your attention.");
    }

    @Test
    void an_unverified_address_is_linked_to_the_email_page() {
        testUsers.create("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate("account");

        assertThat(links(_get(OverviewSection.class).attention)).contains("Verify your email address -> account/email");
    }

    @Test
    void the_pages_speak_german_to_a_german_browser() {
        testUsers.create("olivia");
        signInAs("olivia");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("account/sessions");

        assertThat(_get(AccountView.class).title.getText()).isEqualTo("Sitzungen und Geräte");
    }

    @Test
    void a_page_reads_only_what_it_shows() {
        testUsers.create("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate("account/password");
        var activity = _get(AccountView.class).sections.stream()
                .filter(ActivitySection.class::isInstance)
                .map(ActivitySection.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._size(activity.events))
                .as("the activity, not on this page")
                .isZero();

        UI.getCurrent().navigate("account/activity");
        assertThat(GridKt._size(activity.events))
                .as("the activity, on its page")
                .isPositive();
    }

    @Test
    void an_unknown_page_is_not_found() {
        testUsers.create("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate("account/no-such-page");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);

        // No other provider is configured here: its page is not offered.
        UI.getCurrent().navigate("account/connected");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("account/security");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
    }

    private static List<String> links(com.vaadin.flow.component.Component list) {
        return list.getChildren()
                .map(item -> ((ListItem) item).getChildren().findFirst().orElseThrow())
                .map(link -> ((Anchor) link).getText() + " -> " + ((Anchor) link).getHref())
                .toList();
    }

    private record Page(String path, String title, List<String> sections) {}
}
