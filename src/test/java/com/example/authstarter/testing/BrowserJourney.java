package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.example.authstarter.testing.Chromium.Submit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    /** axe-core's rules for WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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

    /**
     * The page as it is now fits the window: the page does not scroll sideways, no grid scrolls sideways inside
     * itself, and the navbar (where there is one) is one line: the app's name and the user menu side by side, no
     * taller than Lumo's navbar.
     */
    @SuppressWarnings("unchecked")
    protected void assertFitsTheScreen(String page) {
        var measured = (Map<String, Object>) person.script("""
                const root = document.documentElement;
                const grids = [...document.querySelectorAll('vaadin-grid')].filter(g => g.offsetParent !== null);
                const table = g => g.shadowRoot && g.shadowRoot.querySelector('#table');
                const layout = document.querySelector('vaadin-app-layout');
                const navbar = layout && layout.shadowRoot.querySelector('[part=navbar]');
                const content = layout && layout.shadowRoot.querySelector('[part=content]');
                const title = document.querySelector('.app-title');
                const user = document.querySelector('.app-user');
                return {
                  pageOverflow: Math.max(root.scrollWidth - root.clientWidth,
                      content ? content.scrollWidth - content.clientWidth : 0),
                  gridOverflow: Math.max(0, ...grids.map(g => table(g) ? table(g).scrollWidth - table(g).clientWidth : 0)),
                  navbarHeight: navbar ? navbar.getBoundingClientRect().height : 0,
                  titleHeight: title ? title.getBoundingClientRect().height : 0,
                  rowsApart: title && user
                      ? Math.abs(title.getBoundingClientRect().top + title.getBoundingClientRect().height / 2
                          - user.getBoundingClientRect().top - user.getBoundingClientRect().height / 2)
                      : 0
                };
                """);
        assertThat(((Number) measured.get("pageOverflow")).doubleValue())
                .as("how far " + page + " scrolls sideways")
                .isLessThanOrEqualTo(0);
        assertThat(((Number) measured.get("gridOverflow")).doubleValue())
                .as("how far a grid on " + page + " scrolls sideways")
                .isLessThanOrEqualTo(1);
        assertThat(((Number) measured.get("navbarHeight")).doubleValue())
                .as("the navbar's height on " + page)
                .isLessThanOrEqualTo(64);
        assertThat(((Number) measured.get("titleHeight")).doubleValue())
                .as("the app name's height on " + page + " (one line)")
                .isLessThanOrEqualTo(40);
        assertThat(((Number) measured.get("rowsApart")).doubleValue())
                .as("the app name and the user menu on one line on " + page)
                .isLessThanOrEqualTo(8);
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; any violation fails with its details. */
    protected void assertAccessible(String page) {
        person.screenshot("axe-" + page);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        var violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
        assertThat(violations).as("axe-core violations on " + page).isEmpty();
    }
}
