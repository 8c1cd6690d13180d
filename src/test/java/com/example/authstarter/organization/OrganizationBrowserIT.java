package com.example.authstarter.organization;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Organizations in Chromium on the production jar, with the real mail path: an owner invites, the invitee reads the
 * mail, signs up from its link and lands in the organization. The pages fit a phone and a desktop and pass axe,
 * in English and German.
 */
class OrganizationBrowserIT extends BrowserJourney {

    @Test
    void an_owner_invites_by_mail_and_the_invitee_signs_up_from_the_link_and_lands_in_the_organization() {
        var owner = Chromium.newUsername();
        var organization = "Team " + owner;
        signUpAndSignIn(owner);
        createOrganization(organization);
        person.waitForHeading(organization);

        var invitee = Chromium.newUsername();
        var address = invitee + "@example.com";
        person.type(By.cssSelector("vaadin-email-field input"), address);
        person.buttonWithText("Invite").click();
        person.waitForNotification("An invitation is on its way to " + address);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), address));
        for (var screen : SCREENS) {
            person.resize(screen[0], screen[1], screen[0] < 600);
            assertFitsTheScreen("organization-" + screen[0]);
            assertAccessible("organization-" + screen[0]);
        }
        person.resize(1280, 900, false);

        // The invitee, in a browser of their own: nobody signed in.
        browser.manage().deleteAllCookies();
        followLinkInMail(address, owner + " invites you to " + organization);
        person.waitForHeading("Invitation");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), owner + " invites you to join " + organization + " as Member"));
        assertAccessible("invitation-signed-out");
        browser.findElement(By.linkText("Create an account")).click();
        person.waitForHeading("Create your account");
        wait.until(driver -> address.equals(
                driver.findElement(By.cssSelector("vaadin-email-field input")).getDomProperty("value")));
        person.type(By.cssSelector("vaadin-text-field input"), invitee);
        var passwords = browser.findElements(By.cssSelector("vaadin-password-field input"));
        passwords.get(0).sendKeys(PASSWORD);
        passwords.get(1).sendKeys(PASSWORD);
        person.screenshot("register-from-invitation");
        passwords.get(1).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/login?registered"));

        // No second mail to confirm the address: the invitation's link proved it. Signing in returns to it.
        person.signIn(invitee, PASSWORD, false);
        wait.until(ExpectedConditions.urlContains("/invitation?token="));
        person.waitForHeading("Invitation");
        person.buttonWithText("Accept").click();
        person.waitForHeading(organization);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your role: Member"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(owner, invitee);
        person.screenshot("invitee-in-the-organization");
    }

    @Test
    void a_german_phone_gets_german_organization_pages_that_fit_and_pass_axe() {
        var name = Chromium.newUsername();
        signUpAndSignInInGermanOnAPhone(name);

        browser.get(url("/organizations"));
        person.waitForHeading("Organisationen");
        assertFitsTheScreen("german-organizations");
        assertAccessible("german-organizations");
        person.type(By.cssSelector("vaadin-text-field input"), "Müller & Söhne " + name);
        person.buttonWithText("Organisation anlegen").click();
        person.waitForHeading("Müller & Söhne " + name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Ihre Rolle: Inhaber"));
        assertThat(person.currentUrl()).contains("/organizations/muller-sohne-");
        assertFitsTheScreen("german-organization");
        assertAccessible("german-organization");

        // A second organization brings the switcher into the frame.
        browser.get(url("/organizations"));
        person.waitForHeading("Organisationen");
        person.type(By.cssSelector("vaadin-text-field input"), "Zweite " + name);
        person.buttonWithText("Organisation anlegen").click();
        person.waitForHeading("Zweite " + name);
        browser.get(url("/notes"));
        person.waitForHeading("Notizen von Zweite " + name);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select.org-switcher")));
        assertFitsTheScreen("german-notes-with-switcher");
        assertAccessible("german-notes-with-switcher");
    }

    private void createOrganization(String name) {
        browser.get(url("/organizations"));
        person.waitForHeading("Organizations");
        person.type(By.cssSelector("vaadin-text-field input"), name);
        person.buttonWithText("Create organization").click();
    }
}
