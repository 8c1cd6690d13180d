package com.example.authstarter.browser;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.testing.BrowserJourney;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The production jar driven through headless Chromium as a person uses it: signing up, in and out, the
 * backend, a deep link, errors, the PWA and its offline page, German, accessibility of every page, and the
 * mail flows (verifying an address, a reset, one asked for just before the app is killed). Each feature
 * with pages of its own keeps its browser tests in its package.
 */
class BrowserIT extends BrowserJourney {

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

        person.chooseInUserMenu("Sign out");
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

        browser.get(url("/members"));
        wait.until(ExpectedConditions.urlContains("/login"));
        person.screenshot("deep-link-sign-in");
        person.signIn(name, PASSWORD, false);

        wait.until(ExpectedConditions.urlContains("/members"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        person.screenshot("deep-link-reached");
    }

    @Test
    void the_app_is_an_installable_pwa_with_manifest_icons_and_service_worker() {
        browser.get(url("/login"));
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
        assertThat(scope).isEqualTo(url("/sw.js"));
        // Chromium's own verdict on whether the page can be installed as an app.
        var installability = browser.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertThat((List<?>) installability.get("installabilityErrors")).isEmpty();
        person.screenshot("pwa");
    }

    @Test
    void the_offline_page_shows_when_the_server_cannot_be_reached() {
        browser.get(url("/login"));
        person.asyncScript("navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](true))");
        // A reload puts the page under the service worker's control.
        browser.navigate().refresh();
        wait.until(driver -> Boolean.TRUE.equals(person.script("return navigator.serviceWorker.controller !== null")));

        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser).setNetworkConditions(offline);
        browser.get(url("/members"));

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.tagName("iframe")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You are offline"));
        browser.switchTo().defaultContent();
        person.screenshot("offline");
        ((HasNetworkConditions) browser).deleteNetworkConditions();
    }

    @Test
    void the_public_pages_pass_axe_with_no_violations() {
        browser.get(url("/login"));
        person.waitForSignInForm();
        assertAccessible("sign-in");

        browser.get(url("/login?error"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-overlay[error]")));
        assertAccessible("sign-in-failed");

        browser.get(url("/register"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Create your account"));
        browser.findElements(By.cssSelector("vaadin-password-field input"))
                .getFirst()
                .sendKeys("password1234");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("password-strength"), "common"));
        assertAccessible("registration");

        browser.get(url("/no-such-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertAccessible("not-found");

        browser.get(url("/offline.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertAccessible("offline");
    }

    @Test
    void the_backend_pages_pass_axe_with_no_violations() {
        browser.get(url("/login"));
        person.signIn(ADMIN, ADMIN_PASSWORD, false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + ADMIN));
        assertAccessible("welcome");

        for (var page : List.of(
                Map.entry("/members", "Members"),
                Map.entry("/account", "My account"),
                Map.entry("/logout", "Sign out?"))) {
            browser.get(url(page.getKey()));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), page.getValue()));
            wait.until(driver -> !driver.findElements(By.tagName("vaadin-grid")).stream()
                    .anyMatch(grid -> "true".equals(grid.getDomProperty("loading"))));
            assertAccessible(page.getKey().substring(1).replace('/', '-'));
        }
    }

    @Test
    void a_german_browser_gets_german_pages_dates_and_errors() {
        var name = Chromium.newUsername();
        person.register(url("/register"), name, Submit.ENTER_KEY, "Legen Sie Ihr Konto an", "Sehr stark");
        wait.until(ExpectedConditions.urlContains("/login?registered"));
        person.signIn(name, PASSWORD, false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Willkommen, " + name));

        browser.get(url("/account/activity"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Letzte Aktivitäten"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Konto angelegt"));
        person.screenshot("account-german");
        var today = LocalDate.now(ZoneId.systemDefault());
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains(today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertAccessible("account-german");

        browser.get(url("/no-such-page"));
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
            other.signInAndWait(url("/login"), name, PASSWORD, false);

            browser.get(url("/login"));
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

            browser.get(url("/login"));
            person.signIn(name, PASSWORD, false);
            wait.until(ExpectedConditions.urlContains("/login?error"));
            browser.get(url("/login"));
            person.signIn(name, NEW_PASSWORD, false);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + name));

            other.open(url("/members"));
            other.waiting().until(ExpectedConditions.urlContains("/login"));
        }
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
}
