package com.example.authstarter.passkey;

import static com.example.authstarter.testing.Chromium.PASSWORD;

import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Chromium.Submit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Passkeys in Chromium, with its virtual authenticator: added on the account page, signing in by button and
 * by autofill, refused once removed.
 */
class PasskeyBrowserIT extends BrowserJourney {

    @Test
    void a_passkey_is_added_on_the_account_page_signs_in_by_button_and_autofill_and_once_removed_signs_in_no_more() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        // Chromium's virtual authenticator: a platform authenticator that verifies its user (as a fingerprint
        // would) and keeps discoverable passkeys.
        browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
        person.signInAndWait(url("/login"), name, PASSWORD, false);

        person.open(url("/account/security"));
        person.buttonWithText("Add a passkey").click();
        var nameField =
                wait.until(page -> page
                        .findElements(
                                By.cssSelector("vaadin-dialog vaadin-text-field input, " + "vaadin-text-field input"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .reduce((first, last) -> last)
                        .orElse(null));
        nameField.sendKeys("Laptop");
        person.buttonWithText("Create the passkey").click();
        person.waitForNotification("Passkey \"Laptop\" added.");
        assertAccessible("passkeys");

        // The button, on a sign-in page that offers no autofill (as after a refused passkey).
        browser.manage().deleteAllCookies();
        person.open(url("/login?passkey-failed"));
        person.buttonWithText("Sign in with a passkey").click();
        person.waitForHeading("Welcome, " + name);

        // Autofill: the virtual authenticator answers the username field's passkey request at once.
        browser.manage().deleteAllCookies();
        person.open(url("/login"));
        person.waitForHeading("Welcome, " + name);

        // A passkey sign-in is recent: removing asks only "are you sure".
        person.open(url("/account/security"));
        person.buttonWithText("Remove").click();
        wait.until(page -> page.findElements(By.tagName("vaadin-button")).stream()
                        .filter(button -> button.getText().strip().equals("Remove"))
                        .count()
                == 2);
        browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().strip().equals("Remove"))
                .reduce((first, last) -> last)
                .orElseThrow()
                .click();
        person.waitForNotification("Passkey \"Laptop\" removed.");

        // The device still offers it; the server refuses it.
        browser.manage().deleteAllCookies();
        person.open(url("/login"));
        wait.until(ExpectedConditions.urlContains("/login?passkey-failed"));
        wait.until(page -> String.valueOf(
                        person.script("const o = document.querySelector('vaadin-login-overlay'); return o && o.error;"))
                .equals("true"));
        person.screenshot("passkey-refused");
        person.open(url("/members"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
