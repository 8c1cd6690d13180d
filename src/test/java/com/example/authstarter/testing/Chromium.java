package com.example.authstarter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person in headless Chromium (Debian's chromium and chromedriver), with the steps every browser test
 * takes: open a page, type, press a button, sign up, sign in. Every wait is on page state. Screenshots go
 * to {@code target/screenshots/}, numbered in the order they were taken.
 */
public final class Chromium implements AutoCloseable {

    /** axe-core's rules for WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    public static final String PASSWORD = "violet kettle orbit sandwich";

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicInteger SHOTS = new AtomicInteger();
    private static final AtomicInteger USERS = new AtomicInteger();

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String name;

    private Chromium(ChromeDriver driver, String name) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.name = name;
    }

    /** A new browser, with a profile of its own, whose user asks for pages in {@code language}. */
    public static Chromium start(String name, String language) throws IOException {
        assertThat(new File(BINARY))
                .as("Debian's chromium (apt-get install chromium)")
                .exists();
        assertThat(new File(DRIVER))
                .as("Debian's chromedriver (apt-get install chromium-driver)")
                .exists();
        Files.createDirectories(SCREENSHOTS);
        var options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // The app's certificate is self-signed; a service worker registers only if Chromium accepts it.
                "--ignore-certificate-errors",
                // This machine reaches no outside host; Chromium's background calls would only fail.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        return new Chromium(new ChromeDriver(service, options), name);
    }

    /** A username no other test has used, valid for sign-up. */
    public static String newUsername() {
        return "browser" + USERS.incrementAndGet() + "x" + Long.toString(System.nanoTime(), 36);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits (30 s at most) for the page to reach a state. */
    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Holds this browser on one instance behind HAProxy, as its sticky cookie would after a first visit:
     * {@code server} is app1, app2 or app3.
     */
    public void pinTo(Haproxy balancer, String server) {
        open(balancer.url("/offline.html"));
        driver.manage().deleteAllCookies();
        driver.manage()
                .addCookie(new Cookie.Builder("SERVERID", server)
                        .path("/")
                        .isSecure(true)
                        .isHttpOnly(true)
                        .build());
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
    }

    /** Waits for a notification saying {@code text}; if none comes, the failure says where the browser is. */
    public void waitForNotification(String text) {
        try {
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), text));
        } catch (TimeoutException none) {
            screenshot("no-notification");
            throw new AssertionError(
                    "No notification '" + text + "' at " + driver.getCurrentUrl() + "; cookies "
                            + driver.manage().getCookies().stream()
                                    .map(Cookie::getName)
                                    .toList() + "; page: "
                            + driver.findElement(By.tagName("body")).getText(),
                    none);
        }
    }

    public void waitForSignInForm() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
    }

    public void type(By input, String text) {
        var field = wait.until(ExpectedConditions.elementToBeClickable(input));
        field.sendKeys(text);
    }

    /**
     * The button showing {@code text}, scrolled to the middle of the window: the app layout scrolls its
     * content inside itself, where a click at the bottom edge would land on the layout instead.
     */
    public WebElement buttonWithText(String text) {
        var button = wait.until(page -> page.findElements(By.tagName("vaadin-button")).stream()
                .filter(candidate -> text.equals(candidate.getText().strip()))
                .findFirst()
                .orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        return button;
    }

    /** How the sign-up form is sent: by its button or by Enter in the last field. */
    public enum Submit {
        BUTTON,
        ENTER_KEY
    }

    /**
     * Fills in the sign-up form at {@code registerUrl}, whose heading and strength verdict are in the
     * browser's language, and submits it; the address is {@code name@example.com}.
     */
    public void register(String registerUrl, String username, Submit submit, String heading, String strongVerdict) {
        open(registerUrl);
        waitForHeading(heading);
        type(By.cssSelector("vaadin-text-field input"), username);
        type(By.cssSelector("vaadin-email-field input"), username + "@example.com");
        var passwords = driver.findElements(By.cssSelector("vaadin-password-field input"));
        passwords.get(0).sendKeys(PASSWORD);
        passwords.get(1).sendKeys(PASSWORD);
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.className("password-strength"), strongVerdict));
        screenshot("register-form");
        if (submit == Submit.ENTER_KEY) {
            passwords.get(1).sendKeys(Keys.ENTER);
        } else {
            buttonWithText("Create account").click();
        }
    }

    /** Signs up in English and waits for the sign-in page that says the account is ready. */
    public void registerAndWait(String registerUrl, String username) {
        register(registerUrl, username, Submit.ENTER_KEY, "Create your account", "strong");
        wait.until(ExpectedConditions.urlContains("/login?registered"));
    }

    /** Fills in the sign-in form already on screen and sends it. */
    public void signIn(String username, String password, boolean rememberMe) {
        waitForSignInForm();
        type(By.cssSelector("#vaadinLoginUsername input"), username);
        type(By.cssSelector("#vaadinLoginPassword input"), password);
        if (rememberMe) {
            driver.findElement(By.tagName("vaadin-checkbox")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("vaadin-checkbox"), "checked", "true"));
        }
        screenshot("sign-in-form");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /** Opens the sign-in page at {@code loginUrl}, signs in and waits for the welcome page. */
    public void signInAndWait(String loginUrl, String username, String password, boolean rememberMe) {
        open(loginUrl);
        signIn(username, password, rememberMe);
        waitForHeading("Welcome, " + username);
    }

    /** On the password page of "My account" at {@code passwordPageUrl}: changes it and waits for the confirmation. */
    public void changePassword(String passwordPageUrl, String current, String next) {
        open(passwordPageUrl);
        waitForHeading("Password");
        var fields = wait.until(page -> {
            var inputs = page.findElements(
                    By.xpath("//section[h2[normalize-space()='Change password']]//vaadin-password-field//input"));
            return inputs.size() == 3 ? inputs : null;
        });
        fields.get(0).sendKeys(current);
        fields.get(1).sendKeys(next);
        fields.get(2).sendKeys(next);
        buttonWithText("Change password").click();
        waitForNotification("Password changed");
    }

    /** Opens the user menu (the avatar in the navbar) and chooses the item saying {@code item}. */
    public void chooseInUserMenu(String item) {
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("vaadin-menu-bar.app-user vaadin-menu-bar-button")))
                .click();
        wait.until(page -> page.findElements(By.tagName("vaadin-menu-bar-item")).stream()
                        .filter(entry -> entry.isDisplayed()
                                && item.equals(entry.getText().strip()))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    /** Chooses "Dark mode" in the user menu and waits until the page is dark. */
    public void switchToDarkMode() {
        chooseInUserMenu("Dark mode");
        wait.until(
                page -> "dark"
                        .equals(
                                script(
                                        "return document.documentElement.getAttribute('theme') || document.body.getAttribute('theme')")));
    }

    /**
     * Makes the window {@code width} × {@code height} CSS pixels, as a phone's screen ({@code phone}: touch, a
     * mobile viewport) or a desktop window.
     */
    public void resize(int width, int height, boolean phone) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    public Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(js, arguments);
    }

    public Object asyncScript(String js, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, arguments);
    }

    public void screenshot(String step) {
        var file = SCREENSHOTS.resolve(String.format("%03d-%s-%s.png", SHOTS.incrementAndGet(), name, step));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Saves what the window shows now as a PNG at {@code file}. */
    public void screenshotTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * The page as it is now fits the window: the page does not scroll sideways, no grid scrolls sideways inside
     * itself, and the navbar (where there is one) is one line: the app's name and the user menu side by side, no
     * taller than Lumo's navbar.
     */
    @SuppressWarnings("unchecked")
    public void assertFitsTheScreen(String page) {
        var measured = (Map<String, Object>) script("""
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
    public void assertAccessible(String page) {
        screenshot("axe-" + page);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        var violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
        assertThat(violations).as("axe-core violations on " + page).isEmpty();
    }
}
