package com.example.authstarter.signinlink;

import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Chromium.Submit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A sign-in link asked for on the sign-in page and opened from the development mailbox, in Chromium.
 */
class SignInLinkBrowserIT extends BrowserJourney {

    @Test
    void a_sign_in_link_from_the_mail_signs_in() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        browser.manage().deleteAllCookies();

        browser.get(url("/login"));
        person.waitForSignInForm();
        browser.findElement(By.linkText("Email me a sign-in link instead")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in with a link"));
        assertAccessible("sign-in-link-request");
        person.type(By.cssSelector("vaadin-text-field input"), name + "@example.com");
        person.buttonWithText("Email me a sign-in link").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "we sent a sign-in link to its email address"));

        followLinkInMail(name + "@example.com", "Your sign-in link");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in"));
        assertAccessible("sign-in-link");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));
        person.screenshot("signed-in-by-link");
    }
}
