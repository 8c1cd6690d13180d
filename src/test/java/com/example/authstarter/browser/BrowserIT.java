package com.example.authstarter.browser;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.example.authstarter.testing.AuthenticatorApp;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Chromium.Submit;
import com.example.authstarter.testing.ProductionApp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * The production jar driven through headless Chromium (Debian's chromium and chromedriver), as a person
 * uses it. Every wait is on page state. Screenshots of each step go to {@code target/screenshots/}.
 */
class BrowserIT {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";
    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "a long admin passphrase";
    /** axe-core's rules for WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ProductionApp app;

    private Chromium person;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startApp() throws Exception {
        app = ProductionApp.start(
                "browser-it-app.log",
                List.of(),
                List.of(
                        "--app.mongodb.embedded=in-process",
                        "--app.mongodb.storage=memory",
                        "--app.admin.username=" + ADMIN,
                        "--app.admin.password=" + ADMIN_PASSWORD,
                        // The production jar keeps the mailbox shut unless asked; the mail tests read it.
                        "--app.mail.dev-mailbox=true"));
    }

    @AfterAll
    static void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
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

    @Test
    void a_new_user_registers_signs_in_with_remember_me_sees_the_backend_and_signs_out() {
        var name = Chromium.newUsername();
        register(name, Submit.BUTTON);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("vaadin-notification-card"), "Your account is ready"));
        person.screenshot("registered");

        person.signIn(name, PASSWORD, true);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name + "!"));
        person.screenshot("welcome");
        var rememberMe = browser.manage().getCookieNamed("remember-me");
        assertThat(rememberMe).isNotNull();
        assertThat(rememberMe.isSecure()).isTrue();
        assertThat(browser.manage().getCookieNamed("JSESSIONID").isHttpOnly()).isTrue();

        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='members']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        person.screenshot("members");

        person.buttonWithText("Sign out").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        person.screenshot("signed-out");
        assertThat(browser.manage().getCookieNamed("remember-me")).isNull();
    }

    @Test
    void a_wrong_password_shows_the_error_in_the_overlay() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));

        person.signIn(name, "not the password at all", false);

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-overlay[error]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("vaadin-login-overlay"), "Incorrect username or password"));
        person.screenshot("wrong-password");
    }

    @Test
    void an_anonymous_deep_link_leads_to_sign_in_and_back_to_the_link() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        browser.manage().deleteAllCookies();

        browser.get(app.url("/members"));
        wait.until(ExpectedConditions.urlContains("/login"));
        person.screenshot("deep-link-sign-in");
        person.signIn(name, PASSWORD, false);

        wait.until(ExpectedConditions.urlContains("/members"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        person.screenshot("deep-link-reached");
    }

    @Test
    void the_app_is_an_installable_pwa_with_manifest_icons_and_service_worker() {
        browser.get(app.url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));

        var manifestUrl = (String) person.script("return document.querySelector('link[rel=manifest]').href");
        @SuppressWarnings("unchecked")
        var manifest = (Map<String, Object>) person.asyncScript(
                "fetch(arguments[0]).then(r => r.json()).then(arguments[arguments.length - 1])", manifestUrl);
        var scope = (String) person.asyncScript(
                "navigator.serviceWorker.ready.then(r => arguments[arguments.length - 1](r.active.scriptURL))");

        assertThat(manifestUrl).endsWith("/manifest.webmanifest");
        assertThat(manifest).containsEntry("name", "Vaadin Auth Starter").containsEntry("display", "standalone");
        assertThat(manifest).containsKey("start_url");
        @SuppressWarnings("unchecked")
        var icons = (List<Map<String, Object>>) manifest.get("icons");
        assertThat(icons).extracting(icon -> icon.get("sizes")).contains("192x192", "512x512");
        assertThat(scope).isEqualTo(app.url("/sw.js"));
        // Chromium's own verdict on whether the page can be installed as an app.
        var installability = browser.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertThat((List<?>) installability.get("installabilityErrors")).isEmpty();
        person.screenshot("pwa");
    }

    @Test
    void the_offline_page_shows_when_the_server_cannot_be_reached() {
        browser.get(app.url("/login"));
        person.asyncScript("navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](true))");
        // A reload puts the page under the service worker's control.
        browser.navigate().refresh();
        wait.until(driver -> Boolean.TRUE.equals(person.script("return navigator.serviceWorker.controller !== null")));

        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser).setNetworkConditions(offline);
        browser.get(app.url("/members"));

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.tagName("iframe")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You are offline"));
        browser.switchTo().defaultContent();
        person.screenshot("offline");
        ((HasNetworkConditions) browser).deleteNetworkConditions();
    }

    @Test
    void the_public_pages_pass_axe_with_no_violations() {
        browser.get(app.url("/login"));
        person.waitForSignInForm();
        assertAccessible("sign-in");

        browser.get(app.url("/login?error"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-overlay[error]")));
        assertAccessible("sign-in-failed");

        browser.get(app.url("/register"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Create your account"));
        browser.findElements(By.cssSelector("vaadin-password-field input"))
                .getFirst()
                .sendKeys("password1234");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("password-strength"), "common"));
        assertAccessible("registration");

        browser.get(app.url("/no-such-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertAccessible("not-found");

        browser.get(app.url("/offline.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertAccessible("offline");
    }

    @Test
    void the_backend_and_administration_pages_pass_axe_with_no_violations() {
        browser.get(app.url("/login"));
        person.signIn(ADMIN, ADMIN_PASSWORD, false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + ADMIN));
        assertAccessible("welcome");

        for (var page : List.of(
                Map.entry("/members", "Members"),
                Map.entry("/account", "My account"),
                Map.entry("/admin", "Administration"),
                Map.entry("/admin/events", "Security events"),
                Map.entry("/logout", "Sign out?"))) {
            browser.get(app.url(page.getKey()));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), page.getValue()));
            wait.until(driver -> !driver.findElements(By.tagName("vaadin-grid")).stream()
                    .anyMatch(grid -> "true".equals(grid.getDomProperty("loading"))));
            assertAccessible(page.getKey().substring(1).replace('/', '-'));
        }
    }

    @Test
    void a_member_opening_administration_gets_the_apps_access_denied_page() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, PASSWORD, false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));

        browser.get(app.url("/admin"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You may not open this page"));
        assertAccessible("access-denied");
        browser.findElement(By.linkText("Go to the start page")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));

        browser.get(app.url("/register"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));
    }

    @Test
    void a_german_browser_gets_german_pages_dates_and_errors() {
        var name = Chromium.newUsername();
        person.register(app.url("/register"), name, Submit.ENTER_KEY, "Legen Sie Ihr Konto an", "Sehr stark");
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, PASSWORD, false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Willkommen, " + name));

        browser.get(app.url("/account"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mein Konto"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Konto angelegt"));
        person.screenshot("account-german");
        var today = LocalDate.now(ZoneId.systemDefault());
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains(today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertAccessible("account-german");

        browser.get(app.url("/no-such-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Seite nicht gefunden"));
        assertAccessible("not-found-german");
    }

    @Test
    void a_new_user_verifies_the_address_with_the_link_from_the_mail() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));

        followLinkInMail(name + "@example.com", "Confirm your email address");

        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your email address is verified"));
        person.screenshot("verified");
        assertAccessible("verified");
    }

    @Test
    void a_forgotten_password_is_reset_from_the_mail_and_every_other_session_ends() throws Exception {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        try (var other = Chromium.start("reset-other-browser", "en-US")) {
            other.signInAndWait(app.url("/login"), name, PASSWORD, false);

            browser.get(app.url("/login"));
            person.waitForSignInForm();
            person.buttonWithText("Forgot password?").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Forgot your password?"));
            assertAccessible("forgot-password");
            person.type(By.cssSelector("vaadin-text-field input"), name);
            person.buttonWithText("Email me a link").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("main"), "we sent a link to its email address"));

            followLinkInMail(name + "@example.com", "Choose a new password");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Choose a new password"));
            assertAccessible("reset-password");
            var passwords = browser.findElements(By.cssSelector("vaadin-password-field input"));
            passwords.get(0).sendKeys(NEW_PASSWORD);
            passwords.get(1).sendKeys(NEW_PASSWORD);
            person.buttonWithText("Set password").click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your password is changed"));
            person.screenshot("password-reset");

            browser.get(app.url("/login"));
            person.signIn(name, PASSWORD, false);
            wait.until(ExpectedConditions.urlContains("/login?error"));
            browser.get(app.url("/login"));
            person.signIn(name, NEW_PASSWORD, false);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));

            other.open(app.url("/members"));
            other.waiting().until(ExpectedConditions.urlContains("/login"));
        }
    }

    @Test
    void two_step_sign_in_is_set_up_from_the_page_then_asks_for_a_code_and_takes_a_recovery_code_once() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signInAndWait(app.url("/login"), name, PASSWORD, false);

        person.open(app.url("/account"));
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
        person.open(app.url("/login"));
        person.signIn(name, PASSWORD, false);
        wait.until(ExpectedConditions.urlContains("/login/code"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-step-code")));
        assertAccessible("two-step-code");
        person.type(By.id("two-step-code"), AuthenticatorApp.code(secret, Instant.now(), 1));
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        person.waitForHeading("Welcome, " + name);

        browser.manage().deleteAllCookies();
        for (int attempt = 0; attempt < 2; attempt++) {
            person.open(app.url("/login"));
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
        person.signInAndWait(app.url("/login"), name, PASSWORD, false);

        person.open(app.url("/account"));
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
        person.open(app.url("/login?passkey-failed"));
        person.buttonWithText("Sign in with a passkey").click();
        person.waitForHeading("Welcome, " + name);

        // Autofill: the virtual authenticator answers the username field's passkey request at once.
        browser.manage().deleteAllCookies();
        person.open(app.url("/login"));
        person.waitForHeading("Welcome, " + name);

        // A passkey sign-in is recent: removing asks only "are you sure".
        person.open(app.url("/account"));
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
        person.open(app.url("/login"));
        wait.until(ExpectedConditions.urlContains("/login?passkey-failed"));
        wait.until(page -> String.valueOf(
                        person.script("const o = document.querySelector('vaadin-login-overlay'); return o && o.error;"))
                .equals("true"));
        person.screenshot("passkey-refused");
        person.open(app.url("/members"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_sign_in_link_from_the_mail_signs_in() {
        var name = Chromium.newUsername();
        register(name, Submit.ENTER_KEY);
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        browser.manage().deleteAllCookies();

        browser.get(app.url("/login"));
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

    @Test
    void a_reset_asked_for_just_before_the_app_is_killed_is_mailed_after_the_restart() throws Exception {
        // The database and the SMTP server live in this JVM, so they outlive the app; SMTP starts down.
        var smtpPort = ProductionApp.freePort();
        var database = new MongoServer(new MemoryBackend());
        var databaseAddress = database.bind();
        var arguments = List.of(
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + databaseAddress.getPort() + "/authstarter",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                // Each claim and delivery of the outbox in the log, to read when this test fails.
                "--logging.level.com.example.authstarter.outbox=debug");
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            var name = Chromium.newUsername();
            try (var first = ProductionApp.start("crash-test-first.log", List.of(), arguments)) {
                person.register(first.url("/register"), name, Submit.ENTER_KEY, "Create your account", "strong");
                browser.get(first.url("/forgot-password"));
                person.type(By.cssSelector("vaadin-text-field input"), name);
                person.buttonWithText("Email me a link").click();
                // The confirmation itself: the page's introduction also begins "If an account matches", and
                // killing the app before the click reached it would test nothing.
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("main"), "we sent a link to its email address"));
                first.kill();
            }
            smtp.start();

            try (var second = ProductionApp.start("crash-test-second.log", List.of(), arguments)) {
                // The killed instance may hold the entry for its lease (30 s) before this one takes it up.
                MimeMessage reset;
                try {
                    reset = await().atMost(Duration.ofSeconds(60))
                            .until(
                                    () -> Arrays.stream(smtp.getReceivedMessages())
                                            .filter(mail -> subjectOf(mail).equals("Choose a new password"))
                                            .findFirst(),
                                    Optional::isPresent)
                            .orElseThrow();
                } catch (ConditionTimeoutException none) {
                    var subjects = Arrays.stream(smtp.getReceivedMessages())
                            .map(BrowserIT::subjectOf)
                            .toList();
                    throw new AssertionError("No reset mail within 60 s; mails received: " + subjects, none);
                }
                var link = Pattern.compile("/reset-password\\?token=[A-Za-z0-9_-]+")
                        .matcher(GreenMailUtil.getBody(reset));
                assertThat(link.find()).isTrue();
                browser.get(second.url(link.group()));
                wait.until(
                        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Choose a new password"));
            }
        } finally {
            smtp.stop();
            database.shutdown();
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /**
     * Opens the development mailbox until the mail has arrived (the outbox sends off the request thread),
     * checks the page, and follows the mail's link as a person clicking it would.
     */
    private void followLinkInMail(String to, String subject) {
        var mail = By.xpath("//section[contains(@class,'mailbox-message')][.//h2[contains(.,'" + subject
                + "')]][.//p[contains(.,'" + to + "')]]");
        wait.until(driver -> {
            driver.get(app.url("/dev/mailbox"));
            return !new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(page -> page.findElements(By.tagName("h1")).size() == 1 ? page.findElements(mail) : null)
                    .isEmpty();
        });
        person.screenshot("mailbox");
        assertAccessible("mailbox");
        var link = browser.findElement(mail).findElement(By.tagName("a")).getAttribute("href");
        assertThat(link).startsWith(app.url("/"));
        browser.get(link);
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; any violation fails with its details. */
    private void assertAccessible(String page) {
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

    private void register(String name, Submit submit) {
        person.register(app.url("/register"), name, submit, "Create your account", "strong");
    }
}
