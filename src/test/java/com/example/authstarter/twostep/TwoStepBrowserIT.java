package com.example.authstarter.twostep;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.AuthenticatorApp;
import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Chromium.Submit;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two-step sign-in in Chromium: set up from the account page, then a code and a recovery code (once).
 */
class TwoStepBrowserIT extends BrowserJourney {

    @Test
    void two_step_sign_in_is_set_up_from_the_page_then_asks_for_a_code_and_takes_a_recovery_code_once() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signInAndWait(url("/login"), name, PASSWORD, false);

        person.open(url("/account/security"));
        person.buttonWithText("Set up two-step sign-in").click();
        var key = wait.until(page -> page.findElements(By.tagName("p")).stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith("Key: "))
                .findFirst()
                .orElse(null));
        var secret = key.substring("Key: ".length());
        assertAccessible("two-step-setup");
        person.type(
                By.cssSelector("vaadin-text-field[autocomplete='one-time-code'] input"),
                AuthenticatorApp.code(secret, Instant.now(), 0));
        person.buttonWithText("Turn on").click();
        var recoveryCodes = wait.until(page -> {
            var shown = page.findElements(By.cssSelector("ul.recovery-codes li")).stream()
                    .map(WebElement::getText)
                    .toList();
            return shown.size() == 10 ? shown : null;
        });
        person.screenshot("two-step-recovery-codes");

        // A new browser: the password leads to the code page; the code of the next step (the setup spent
        // this one) signs in.
        browser.manage().deleteAllCookies();
        person.open(url("/login"));
        person.signIn(name, PASSWORD, false);
        wait.until(ExpectedConditions.urlContains("/login/code"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-step-code")));
        assertAccessible("two-step-code");
        person.type(By.id("two-step-code"), AuthenticatorApp.code(secret, Instant.now(), 1));
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        person.waitForHeading("Welcome, " + name);

        browser.manage().deleteAllCookies();
        for (int attempt = 0; attempt < 2; attempt++) {
            person.open(url("/login"));
            person.signIn(name, PASSWORD, false);
            wait.until(ExpectedConditions.urlContains("/login/code"));
            person.type(By.id("two-step-code"), recoveryCodes.getFirst());
            browser.findElement(By.cssSelector("form button[type='submit']")).click();
            if (attempt == 0) {
                person.waitForHeading("Welcome, " + name);
                browser.manage().deleteAllCookies();
            }
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".form-problem"), "That code is not right, or was used already"));
        assertThat(browser.getCurrentUrl()).contains("/login/code?error");
        person.screenshot("two-step-recovery-code-used");
    }
}
