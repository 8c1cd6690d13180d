package com.example.authstarter.account;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Chromium.Submit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "My account" and the frame around it in Chromium, on a phone's screen and a desktop's: every settings page at
 * its own address, fitting the screen (no sideways scrolling, a one-line navbar), accessible (axe-core), in English
 * and German; the settings menu on a desktop, the list of pages on a phone; a deep link kept through sign-in; the
 * user menu's dark mode and sign-out.
 */
class AccountPagesBrowserIT extends BrowserJourney {

    static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("/account", "My account"),
            Map.entry("/account/password", "Password"),
            Map.entry("/account/email", "Email address"),
            Map.entry("/account/security", "Two-step sign-in and passkeys"),
            Map.entry("/account/sessions", "Sessions and devices"),
            Map.entry("/account/activity", "Recent activity"),
            Map.entry("/account/delete", "Delete account"),
            Map.entry("/", "Welcome"),
            Map.entry("/members", "Members"));

    @Test
    void every_account_page_fits_a_phone_and_a_desktop_and_passes_axe() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, PASSWORD, true);
        person.waitForHeading("Welcome, " + name);

        for (var screen : SCREENS) {
            boolean phone = screen[0] < 600;
            person.resize(screen[0], screen[1], phone);
            for (var page : PAGES) {
                browser.get(url(page.getKey()));
                person.waitForHeading(page.getValue());
                waitForGrids();
                var label = page.getKey().substring(1).replace('/', '-') + "-" + screen[0];
                assertFitsTheScreen(label);
                // The view's own height under the navbar: how far a person scrolls to see all of it.
                var height = ((Number) person.script("return document.querySelector('.view').scrollHeight")).intValue();
                System.out.printf("Page height of %s at %d x %d: %d px%n", page.getKey(), screen[0], screen[1], height);
                if (!phone && page.getKey().startsWith("/account")) {
                    assertThat(height)
                            .as("height of " + label + ": at most one and a half screens")
                            .isLessThanOrEqualTo(screen[1] * 3 / 2);
                }
                // The settings menu beside the page on a desktop; on a phone, the overview lists the pages.
                if (page.getKey().startsWith("/account")) {
                    assertThat(browser.findElement(By.cssSelector("vaadin-side-nav.account-menu"))
                                    .isDisplayed())
                            .as("settings menu on " + label)
                            .isEqualTo(!phone);
                }
                if (page.getKey().equals("/account")) {
                    assertThat(browser.findElement(By.className("account-page-list"))
                                    .isDisplayed())
                            .as("list of pages on " + label)
                            .isEqualTo(phone);
                }
                assertAccessible(label);
            }
        }
    }

    @Test
    void a_german_phone_gets_german_account_pages_that_fit_and_pass_axe() {
        signUpAndSignInInGermanOnAPhone(Chromium.newUsername());

        for (var page : List.of(
                Map.entry("/account", "Mein Konto"),
                Map.entry("/account/security", "Zwei-Schritt-Anmeldung und Passkeys"),
                Map.entry("/account/sessions", "Sitzungen und Geräte"),
                Map.entry("/account/activity", "Letzte Aktivitäten"))) {
            browser.get(url(page.getKey()));
            person.waitForHeading(page.getValue());
            waitForGrids();
            var label = "german-" + page.getKey().substring(1).replace('/', '-');
            assertFitsTheScreen(label);
            assertAccessible(label);
        }
    }

    @Test
    void a_deep_link_to_a_settings_page_returns_there_after_sign_in() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));

        browser.get(url("/account/security"));
        person.waitForSignInForm();
        person.signIn(name, PASSWORD, false);

        person.waitForHeading("Two-step sign-in and passkeys");
        assertThat(person.currentUrl()).isEqualTo(url("/account/security"));
    }

    @Test
    void the_user_menu_switches_dark_mode_and_signs_out_on_a_phone() {
        var name = Chromium.newUsername();
        signUpAndSignIn(name);
        person.resize(390, 844, true);

        person.switchToDarkMode();
        person.screenshot("dark");
        assertFitsTheScreen("dark-welcome");
        assertAccessible("dark-welcome");

        person.chooseInUserMenu("My account");
        person.waitForHeading("My account");
        assertAccessible("dark-account");

        person.chooseInUserMenu("Sign out");
        wait.until(ExpectedConditions.urlContains("/login"));
        person.waitForSignInForm();
    }

    private void waitForGrids() {
        wait.until(driver -> driver.findElements(By.tagName("vaadin-grid")).stream()
                .noneMatch(grid -> "true".equals(grid.getDomProperty("loading"))));
    }
}
