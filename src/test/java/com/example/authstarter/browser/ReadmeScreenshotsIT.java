package com.example.authstarter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.BrowserJourney;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The README's screenshots, taken from the production jar: the sign-in page, the backend and "My account", on a
 * desktop and a phone, light and dark (the sign-in page only light: dark mode is a signed-in person's choice). They
 * go to {@code target/docs-screenshots/}; with {@code UPDATE_DOCS_SCREENSHOTS=true} in the environment they also
 * replace those in {@code docs/screenshots/} (the README says the command).
 */
class ReadmeScreenshotsIT extends BrowserJourney {

    static final Path TAKEN = Path.of("target", "docs-screenshots");
    static final Path DOCS = Path.of("docs", "screenshots");

    @Test
    void the_readme_screenshots_are_taken_from_the_running_app() throws IOException {
        var taken = new ArrayList<Path>();
        for (var screen : SCREENS) {
            person.resize(screen[0], screen[1], screen[0] < 600);
            browser.get(url("/login"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vaadinLoginUsername")));
            taken.add(shot("sign-in", screen[0], "light"));
        }

        signUpAndSignIn("alex");

        for (var theme : List.of("light", "dark")) {
            if (theme.equals("dark")) {
                person.switchToDarkMode();
            }
            for (var screen : SCREENS) {
                person.resize(screen[0], screen[1], screen[0] < 600);
                for (var page : List.of(Map.entry("/", "Welcome, alex"), Map.entry("/account", "My account"))) {
                    browser.get(url(page.getKey()));
                    person.waitForHeading(page.getValue());
                    assertFitsTheScreen(page.getKey() + " " + theme + " " + screen[0]);
                    taken.add(shot(page.getKey().equals("/") ? "backend" : "account", screen[0], theme));
                }
            }
        }

        assertThat(taken)
                .hasSize(10)
                .allSatisfy(file -> assertThat(Files.size(file)).isGreaterThan(5_000));
        if ("true".equals(System.getenv("UPDATE_DOCS_SCREENSHOTS"))) {
            Files.createDirectories(DOCS);
            for (var file : taken) {
                Files.copy(file, DOCS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The window as it is now, named for the README: {@code account-390-dark.png}. */
    private Path shot(String page, int width, String theme) {
        // Fonts loaded, Vaadin's client idle (as TestBench waits for it), the overlay's opening animation over (endless
        // ones, such as a
        // caret's blinking, are no change of the page).
        var settled = """
                const clients = window.Vaadin && window.Vaadin.Flow ? Object.values(window.Vaadin.Flow.clients) : [];
                const moving = document.getAnimations()
                    .filter(a => a.playState === 'running' && a.effect.getComputedTiming().iterations !== Infinity)
                    .map(a => (a.animationName || a.constructor.name) + ' on ' + (a.effect.target && a.effect.target.tagName));
                const state = [];
                if (document.fonts.status !== 'loaded') state.push('fonts ' + document.fonts.status);
                if (clients.length === 0 || clients.some(client => client.isActive())) state.push('Vaadin busy');
                return state.concat(moving).join(', ');
                """;
        try {
            wait.until(driver -> "".equals(person.script(settled)));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            throw new AssertionError("The page did not settle: " + person.script(settled), stillMoving);
        }
        var file = TAKEN.resolve(page + "-" + width + "-" + theme + ".png");
        person.screenshotTo(file);
        return file;
    }
}
