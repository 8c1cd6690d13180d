package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.Chromium.Submit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: the production jar driven through headless Chromium (Debian's chromium and chromedriver), as
 * a person uses it. One jar serves every browser test of the run (started at the first one that asks, stopped
 * when the tests end), with an administrator and the development mailbox; each test signs up people of its own
 * and opens a browser of its own. Every wait is on page state; screenshots go to {@code target/screenshots/}.
 * Each feature keeps its browser tests in its own package.
 */
public abstract class BrowserJourney {

    public static final String NEW_PASSWORD = "marmalade tractor sunset";
    public static final String ADMIN = "root";
    public static final String ADMIN_PASSWORD = "a long admin passphrase";

    private static ProductionApp app;

    protected Chromium person;
    protected ChromeDriver browser;
    protected WebDriverWait wait;

    /** The jar every browser test uses, started on first use. */
    protected static synchronized ProductionApp app() throws Exception {
        if (app == null) {
            app = ProductionApp.start(
                    "browser-app.log",
                    List.of(),
                    List.of(
                            "--app.mongodb.embedded=in-process",
                            "--app.mongodb.storage=memory",
                            "--app.admin.username=" + ADMIN,
                            "--app.admin.password=" + ADMIN_PASSWORD,
                            // The production jar keeps the mailbox shut unless asked; the mail tests read it.
                            "--app.mail.dev-mailbox=true"));
            var started = app;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return app;
    }

    /** The address of {@code path} on the shared jar. */
    protected static String url(String path) {
        try {
            return app().url(path);
        } catch (Exception e) {
            throw new IllegalStateException("The browser tests' app did not start", e);
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        app();
        var testName = test.getTestMethod().orElseThrow().getName();
        person = Chromium.start(testName, testName.contains("german") ? "de-DE" : "en-US");
        browser = person.driver();
        wait = person.waiting();
    }

    @AfterEach
    void closeBrowser() {
        if (person != null) {
            person.close();
        }
    }

    /** Signs up {@code name} in English, signs in from the page that says the account is ready, and waits for the welcome. */
    protected void signUpAndSignIn(String name) {
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, Chromium.PASSWORD, false);
        person.waitForHeading("Welcome, " + name);
    }

    /** Signs up {@code name} in German, signs in and waits for the welcome, on a phone's screen. */
    protected void signUpAndSignInInGermanOnAPhone(String name) {
        person.register(url("/register"), name, Submit.ENTER_KEY, "Legen Sie Ihr Konto an", "Sehr stark");
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, Chromium.PASSWORD, false);
        person.waitForHeading("Willkommen, " + name);
        person.resize(390, 844, true);
    }

    /** Signs up a person of this test's own, by the registration page. */
    protected void register(String name, Submit submit) {
        person.register(url("/register"), name, submit, "Create your account", "strong");
    }

    /**
     * Opens the development mailbox until the mail has arrived (the outbox sends off the request thread),
     * checks the page, and follows the mail's link as a person clicking it would.
     */
    protected void followLinkInMail(String to, String subject) {
        var mail = By.xpath("//section[contains(@class,'mailbox-message')][.//h2[contains(.,'" + subject
                + "')]][.//p[contains(.,'" + to + "')]]");
        wait.until(driver -> {
            driver.get(url("/dev/mailbox"));
            return !new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(page -> page.findElements(By.tagName("h1")).size() == 1 ? page.findElements(mail) : null)
                    .isEmpty();
        });
        person.screenshot("mailbox");
        assertAccessible("mailbox");
        var link = browser.findElement(mail).findElement(By.tagName("a")).getAttribute("href");
        assertThat(link).startsWith(url("/"));
        browser.get(link);
    }

    /** A phone's screen (an iPhone 12 to 15) and a desktop window, in CSS pixels: every page must fit both. */
    public static final List<int[]> SCREENS = List.of(new int[] {390, 844}, new int[] {1280, 900});

    /** The page as it is now fits the window ({@link Chromium#assertFitsTheScreen}). */
    protected void assertFitsTheScreen(String page) {
        person.assertFitsTheScreen(page);
    }

    /** axe-core's WCAG 2.1 A and AA rules pass on the page as it is now ({@link Chromium#assertAccessible}). */
    protected void assertAccessible(String page) {
        person.assertAccessible(page);
    }
}
