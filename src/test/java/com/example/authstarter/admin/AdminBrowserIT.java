package com.example.authstarter.admin;

import static com.example.authstarter.testing.Chromium.PASSWORD;

import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Chromium.Submit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administration pages in Chromium: accessible to administrators, refused to members with the app's page.
 */
class AdminBrowserIT extends BrowserJourney {

    @Test
    void a_member_opening_administration_gets_the_apps_access_denied_page() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, PASSWORD, false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));

        browser.get(url("/admin"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You may not open this page"));
        assertAccessible("access-denied");
        browser.findElement(By.linkText("Go to the start page")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));

        browser.get(url("/register"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));
    }

    @Test
    void the_administration_pages_fit_a_phone_and_a_desktop_and_pass_axe() {
        person.signInAndWait(url("/login"), ADMIN, ADMIN_PASSWORD, false);

        for (var screen : SCREENS) {
            person.resize(screen[0], screen[1], screen[0] < 600);
            for (var page :
                    List.of(Map.entry("/admin", "Administration"), Map.entry("/admin/events", "Security events"))) {
                browser.get(url(page.getKey()));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), page.getValue()));
                wait.until(driver -> !driver.findElements(By.tagName("vaadin-grid")).stream()
                        .anyMatch(grid -> "true".equals(grid.getDomProperty("loading"))));
                var label = page.getKey().substring(1).replace('/', '-') + "-" + screen[0];
                assertFitsTheScreen(label);
                assertAccessible(label);
            }
        }
    }
}
