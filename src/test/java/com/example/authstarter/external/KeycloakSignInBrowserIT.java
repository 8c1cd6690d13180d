package com.example.authstarter.external;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.BrowserJourney;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Keycloak;
import com.example.authstarter.testing.ProductionApp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Company sign-in with a real Keycloak, in Chromium, against the production jar configured only through the
 * environment, as the README tells an operator: "Sign in with Company SSO" on our sign-in page, Keycloak's own
 * page, and back, signed in, on the page first asked for.
 */
class KeycloakSignInBrowserIT {

    static Keycloak keycloak;
    static ProductionApp app;

    Chromium person;

    @BeforeAll
    static void start() throws Exception {
        int port = ProductionApp.freePort();
        keycloak = Keycloak.start("https://localhost:" + port);
        app = ProductionApp.startConfiguredBy(
                Map.of(
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTID",
                        Keycloak.CLIENT_ID,
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTSECRET",
                        Keycloak.CLIENT_SECRET,
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTNAME",
                        "Company SSO",
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_SCOPE",
                        "openid,profile,email",
                        "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUERURI",
                        keycloak.issuer(),
                        "APP_EXTERNAL_SIGN_IN_SIGN_OUT_AT_PROVIDER",
                        "keycloak"),
                "keycloak-app.log",
                port);
        // Read from the environment and looked up at Keycloak while the app started (in the background).
        var ready = "Provider keycloak ready (issuer " + keycloak.issuer() + ")";
        for (int i = 0; i < 100 && !app.log().contains(ready); i++) {
            Thread.sleep(100);
        }
        assertThat(app.log()).contains(ready);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (person != null) {
            person.close();
        }
    }

    @Test
    void a_company_account_signs_in_at_keycloak_and_lands_on_the_page_first_asked_for() throws Exception {
        person = Chromium.start("keycloak-english", "en-US");
        var browser = person.driver();
        var wait = person.waiting();

        person.open(app.url("/members"));
        person.waitForSignInForm();
        person.screenshot("sign-in-page-with-company-sso");
        person.assertAccessible("sign-in-with-company-sso");
        browser.findElement(By.linkText("Sign in with Company SSO")).click();

        signInAtKeycloak(person, "Sign In");

        wait.until(ExpectedConditions.urlToBe(app.url("/members")));
        person.waitForHeading("Members");
        person.open(app.url("/account/connected"));
        person.waitForHeading("Connected accounts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "kate@example.com"));
        assertThat(browser.findElement(By.tagName("vaadin-grid")).getText()).contains("Company SSO");
        person.screenshot("connected-accounts-desktop");
        person.assertFitsTheScreen("connected accounts on a desktop");
        person.assertAccessible("connected-accounts");
        person.resize(
                BrowserJourney.SCREENS.getFirst()[0], BrowserJourney.SCREENS.getFirst()[1], true);
        person.open(app.url("/account/connected"));
        person.waitForHeading("Connected accounts");
        // The grid learns the width from the browser, then shows its phone columns: waited for, then shown.
        wait.until(driver -> {
            try {
                person.assertFitsTheScreen("connected accounts on a phone");
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        assertThat(browser.findElement(By.tagName("vaadin-grid")).getText())
                .contains("kate@example.com")
                .contains("Disconnect");
        person.screenshot("connected-accounts-phone");

        // Signing out ends the session at Keycloak too: the next sign-in asks for the password again.
        person.chooseInUserMenu("Sign out");
        wait.until(ExpectedConditions.urlContains(app.url("/login")));
        person.waitForSignInForm();
        browser.findElement(By.linkText("Sign in with Company SSO")).click();
        signInAtKeycloak(person, "Sign In");
        person.waitForHeading("Welcome, kate");
    }

    @Test
    void in_german_on_a_phone_the_same_company_account_signs_in_to_the_same_account() throws Exception {
        person = Chromium.start("keycloak-german", "de-DE");
        person.resize(
                BrowserJourney.SCREENS.getFirst()[0], BrowserJourney.SCREENS.getFirst()[1], true);

        person.open(app.url("/login"));
        person.waitForSignInForm();
        person.screenshot("sign-in-page-german-phone");
        person.assertFitsTheScreen("the sign-in page in German on a phone");
        person.driver().findElement(By.linkText("Mit Company SSO anmelden")).click();

        signInAtKeycloak(person, "Anmelden");

        // The username Keycloak suggested, not a variant: the first sign-in (here or in the other test) made it.
        person.waitForHeading("Willkommen, kate");
    }

    @Test
    void an_account_with_a_password_connects_its_company_account_and_then_signs_in_with_either() throws Exception {
        person = Chromium.start("keycloak-connect", "en-US");
        var name = Chromium.newUsername();
        person.register(app.url("/register"), name, Chromium.Submit.ENTER_KEY, "Create your account", "strong");
        person.waiting().until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, Chromium.PASSWORD, false);
        person.waitForHeading("Welcome, " + name);

        person.open(app.url("/account/connected"));
        person.waitForHeading("Connected accounts");
        person.buttonWithText("Connect Company SSO").click();
        signInAtKeycloak(person, "Sign In", "lena", "lena-password-123");

        // Back on the page it was connected from, saying so, with the identity listed.
        person.waitForNotification("The account at the provider is now connected.");
        person.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("vaadin-grid"), "lena@corp.example"));
        person.screenshot("connected-from-my-account");

        // Signed out (at Keycloak too), the company account signs in to this account: no second one.
        person.chooseInUserMenu("Sign out");
        person.waitForSignInForm();
        person.driver().findElement(By.linkText("Sign in with Company SSO")).click();
        signInAtKeycloak(person, "Sign In", "lena", "lena-password-123");
        person.waitForHeading("Welcome, " + name);
    }

    /** Keycloak's own sign-in page, in the browser's language, as kate. */
    private static void signInAtKeycloak(Chromium person, String submit) {
        signInAtKeycloak(person, submit, "kate", "kate-password-123");
    }

    private static void signInAtKeycloak(Chromium person, String submit, String username, String password) {
        var wait = person.waiting();
        wait.until(ExpectedConditions.urlContains(keycloak.issuer() + "/protocol/openid-connect/auth"));
        person.type(By.id("username"), username);
        person.type(By.id("password"), password);
        person.screenshot("keycloak-sign-in");
        var button = person.driver().findElement(By.id("kc-login"));
        assertThat(button.getAttribute("value") + button.getText()).contains(submit);
        button.click();
    }
}
