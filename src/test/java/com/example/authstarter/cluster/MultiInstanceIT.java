package com.example.authstarter.cluster;

import static com.example.authstarter.testing.Chromium.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.database.embedded.StandaloneMongo;
import com.example.authstarter.testing.Chromium;
import com.example.authstarter.testing.Haproxy;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.ProductionApp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Three production jars on one MongoDB-wire server of their own process, behind HAProxy with the shipped
 * configuration (TLS ends there, sticky sessions by cookie), used through it by Chromium and by HTTP clients
 * held on chosen instances. What one instance does to a user, every instance honours.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";
    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "a long admin passphrase";
    /** How soon a session ended on one instance must be refused on another. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private static Path databaseFile;
    private static int databasePort;
    private static StandaloneMongo database;
    private static GreenMail smtp;
    private static final List<ProductionApp> apps = new ArrayList<>();
    private static Haproxy balancer;

    @BeforeAll
    static void startCluster() throws Exception {
        var work = Files.createTempDirectory("cluster");
        databaseFile = work.resolve("shared.mv");
        databasePort = ProductionApp.freePort();
        database = StandaloneMongo.start(databasePort, databaseFile, Path.of("target", "cluster-mongo.log"));
        int smtpPort = ProductionApp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // The first creates the administrator; the other two start side by side.
        apps.add(startApp(1, smtpPort));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var second = pool.submit(() -> startApp(2, smtpPort));
            var third = pool.submit(() -> startApp(3, smtpPort));
            apps.add(second.get());
            apps.add(third.get());
        }
        balancer = Haproxy.start(apps, Path.of("target", "cluster-haproxy.log"));
    }

    private static ProductionApp startApp(int number, int smtpPort) throws Exception {
        return ProductionApp.start(
                "cluster-app" + number + ".log",
                List.of("-Xmx512m"),
                List.of(
                        "--spring.mongodb.uri=mongodb://127.0.0.1:" + databasePort + "/authstarter",
                        "--app.instance.name=app" + number,
                        "--server.forward-headers-strategy=native",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--app.admin.username=" + ADMIN,
                        "--app.admin.password=" + ADMIN_PASSWORD));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (var app : apps) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void a_password_change_in_one_browser_ends_the_other_on_another_instance_within_two_seconds() throws Exception {
        var name = Chromium.newUsername();
        try (var laptop = person("password-laptop", "app1");
                var phone = person("password-phone", "app2")) {
            laptop.registerAndWait(balancer.url("/register"), name);
            laptop.signInAndWait(balancer.url("/login"), name, PASSWORD, false);
            phone.signInAndWait(balancer.url("/login"), name, PASSWORD, false);

            laptop.open(balancer.url("/account/sessions"));
            laptop.waitForHeading("Sessions and devices");
            // The account page lists the sessions of both instances.
            laptop.waiting()
                    .until(page -> page.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                            .anyMatch(cell -> cell.getText().contains("(this browser)")));
            assertThat(shown(laptop.driver(), "//vaadin-grid-cell-content[contains(.,'Chrome on Linux')]"))
                    .hasSize(2);

            // The phone keeps loading pages, so its instance holds a fresh answer about its session throughout.
            try (var pool = Executors.newSingleThreadExecutor()) {
                var phoneLoads = pool.submit(() -> loadUntilSignedOut(phone));
                Thread.sleep(1_500);
                laptop.changePassword(balancer.url("/account/password"), PASSWORD, NEW_PASSWORD);
                var changed = Instant.now();

                var loads = phoneLoads.get();
                var lastServed = loads.stream()
                        .filter(load -> !load.refused())
                        .map(PageLoad::sent)
                        .max(Instant::compareTo)
                        .orElseThrow();
                var signedInFor = Duration.between(changed, lastServed);
                assertThat(signedInFor)
                        .as("the phone's last page served after the change was asked for")
                        .isLessThanOrEqualTo(WITHIN);
                System.out.printf(
                        "Password change on app1: %d page loads on app2; the last one served was sent %d ms from the"
                                + " change's confirmation (negative: before it)%n",
                        loads.size(), signedInFor.toMillis());
            }
            phone.waitForNotification("Your password was changed");
            phone.screenshot("signed-out-by-password-change");
            laptop.open(balancer.url("/members"));
            laptop.waitForHeading("Members");
        }
    }

    @Test
    @Order(2)
    void sign_out_everywhere_else_ends_the_sessions_on_other_instances() throws Exception {
        var name = Chromium.newUsername();
        try (var laptop = person("elsewhere-laptop", "app2");
                var phone = person("elsewhere-phone", "app3")) {
            laptop.registerAndWait(balancer.url("/register"), name);
            laptop.signInAndWait(balancer.url("/login"), name, PASSWORD, false);
            phone.signInAndWait(balancer.url("/login"), name, PASSWORD, false);

            laptop.open(balancer.url("/account/sessions"));
            laptop.waitForHeading("Sessions and devices");
            laptop.buttonWithText("Sign out everywhere else").click();

            var refusedAfter = untilSignedOut(phone);
            System.out.printf(
                    "Sign out everywhere else on app2: app3 refused the session %d ms after the click%n",
                    refusedAfter.toMillis());
            assertThat(refusedAfter).isLessThanOrEqualTo(WITHIN);
            phone.waitForNotification("sign out everywhere else");
            laptop.open(balancer.url("/members"));
            laptop.waitForHeading("Members");
        }
    }

    @Test
    @Order(3)
    void an_administrators_lock_ends_the_victims_sessions_on_every_instance() throws Exception {
        var victim = Chromium.newUsername();
        try (var admin = person("lock-admin", "app1");
                var victimsBrowser = person("lock-victim", "app3")) {
            victimsBrowser.registerAndWait(balancer.url("/register"), victim);
            victimsBrowser.signInAndWait(balancer.url("/login"), victim, PASSWORD, false);
            admin.signInAndWait(balancer.url("/login"), ADMIN, ADMIN_PASSWORD, false);

            admin.open(balancer.url("/admin"));
            admin.waitForHeading("Administration");
            admin.type(By.cssSelector("vaadin-text-field input"), victim);
            // The grid keeps rows it no longer shows; only the shown ones count.
            var lock = admin.waiting().until(page -> {
                var shown = shown(page, "//vaadin-button[normalize-space()='Lock']");
                return shown.size() == 1
                                && shown(page, "//vaadin-grid-cell-content[.='" + victim + "']")
                                                .size()
                                        == 1
                        ? shown.getFirst()
                        : null;
            });
            lock.click();

            var refusedAfter = untilSignedOut(victimsBrowser);
            System.out.printf(
                    "Lock on app1: app3 refused the victim's session %d ms after the click%n", refusedAfter.toMillis());
            assertThat(refusedAfter).isLessThanOrEqualTo(WITHIN);
            victimsBrowser.waitForNotification("Your account was locked by an administrator");
            victimsBrowser.screenshot("locked-by-admin");
        }
    }

    @Test
    @Order(4)
    void failures_on_one_instance_count_on_the_others() throws Exception {
        var name = "shared-throttle";
        var instances = List.of("app1", "app2", "app3", "app1", "app2");
        for (var server : instances) {
            var failed = balancer.client(server).signIn(name, "a wrong password");
            assertThat(HttpsClient.location(failed)).as(server).isEqualTo("/login?error");
        }

        var sixth = balancer.client("app3").signIn(name, "a wrong password");

        assertThat(HttpsClient.location(sixth)).isEqualTo("/login?wait=1");
    }

    @Test
    @Order(6)
    void a_member_removed_on_one_instance_loses_the_organization_on_another_within_two_seconds() throws Exception {
        var ownerName = Chromium.newUsername();
        var memberName = Chromium.newUsername();
        var organization = "Cluster " + ownerName;
        try (var owner = person("organization-owner", "app1");
                var member = person("organization-member", "app2")) {
            owner.registerAndWait(balancer.url("/register"), ownerName);
            owner.signInAndWait(balancer.url("/login"), ownerName, PASSWORD, false);
            member.registerAndWait(balancer.url("/register"), memberName);
            member.signInAndWait(balancer.url("/login"), memberName, PASSWORD, false);

            owner.open(balancer.url("/organizations"));
            owner.waitForHeading("Organizations");
            owner.type(By.cssSelector("vaadin-text-field input"), organization);
            owner.buttonWithText("Create organization").click();
            owner.waitForHeading(organization);
            var page = URI.create(owner.currentUrl()).getPath();
            owner.type(By.cssSelector("vaadin-email-field input"), memberName + "@example.com");
            owner.buttonWithText("Invite").click();
            owner.waitForNotification("An invitation is on its way");

            // The member opens the mail's link on their own instance and accepts.
            member.open(balancer.url(invitationLink(memberName + "@example.com")));
            member.waitForHeading("Invitation");
            member.buttonWithText("Accept").click();
            member.waitForHeading(organization);
            assertThat(headingAfterLoading(member, page)).isEqualTo(organization);

            try (var pool = Executors.newSingleThreadExecutor()) {
                var loads = pool.submit(() -> loadUntilNotFound(member, page));
                Thread.sleep(1_000);
                owner.open(balancer.url(page));
                owner.waitForHeading(organization);
                var remove = owner.waiting()
                        .until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("vaadin-button[aria-label='Remove " + memberName + "']")));
                remove.click();
                owner.waitForNotification(memberName + " was removed.");
                var removed = Instant.now();
                var lastServed = loads.get().stream()
                        .filter(load -> !load.refused())
                        .map(PageLoad::sent)
                        .max(Instant::compareTo)
                        .orElseThrow();
                var memberFor = Duration.between(removed, lastServed);
                System.out.printf(
                        "Member removed on app1: the last organization page app2 served was sent %d ms from the"
                                + " removal's confirmation (negative: before it)%n",
                        memberFor.toMillis());
                assertThat(memberFor).isLessThanOrEqualTo(WITHIN);
            }
            member.screenshot("removed-from-organization");
        }
    }

    /** The invitation's link in the last mail to {@code address}, as a path on the site. */
    private static String invitationLink(String address) throws Exception {
        var link = Pattern.compile("https?://\\S+?(/invitation\\?token=[A-Za-z0-9_-]+)");
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            for (var message : smtp.getReceivedMessages()) {
                                if (message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]
                                        .toString()
                                        .equals(address)) {
                                    var found = link.matcher(plainText(message));
                                    if (found.find()) {
                                        return found.group(1);
                                    }
                                }
                            }
                            return null;
                        },
                        java.util.Objects::nonNull);
    }

    /** A mail's text part, decoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof jakarta.mail.Multipart parts) {
            var text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(plainText(parts.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    /** Loads the organization's page until it answers "not found"; every load, and whether it was refused. */
    private static List<PageLoad> loadUntilNotFound(Chromium person, String path) {
        var loads = new ArrayList<PageLoad>();
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var sent = Instant.now();
            var heading = headingAfterLoading(person, path);
            var refused = heading.equals("Page not found");
            loads.add(new PageLoad(sent, refused));
            if (refused) {
                return loads;
            }
        }
        throw new AssertionError("Still a member 30 s later");
    }

    @Test
    @Order(5)
    void a_remembered_device_of_one_instance_signs_in_on_another() throws Exception {
        var onFirst = balancer.client("app1");
        var signedIn = onFirst.signIn(ADMIN, ADMIN_PASSWORD, "remember-me", "on");
        assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
        var cookie = onFirst.cookie("remember-me").getValue();

        var onThird = balancer.client("app3");
        onThird.addCookie("remember-me", cookie);

        assertThat(onThird.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void a_database_outage_is_told_as_such_and_the_app_recovers_when_it_is_back() throws Exception {
        var name = Chromium.newUsername();
        try (var person = person("outage", "app2")) {
            person.registerAndWait(balancer.url("/register"), name);
            person.signInAndWait(balancer.url("/login"), name, PASSWORD, false);

            database.kill();
            // The next read of the session's record, a second later at most, finds no database.
            Thread.sleep(1_100);
            var down = balancer.client("app1").get("/login?error");
            assertThat(down.statusCode())
                    .as("pages that need no database still open")
                    .isEqualTo(200);
            var members = balancer.client("app2");
            members.addCookie(
                    "JSESSIONID",
                    person.driver().manage().getCookieNamed("JSESSIONID").getValue());
            var refused = members.get("/members");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("Temporarily unavailable").doesNotContain("Exception");
            person.open(balancer.url("/members"));
            person.waitForHeading("Temporarily unavailable");
            person.screenshot("database-down");

            database = StandaloneMongo.start(databasePort, databaseFile, Path.of("target", "cluster-mongo-again.log"));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> headingAfterLoading(person, "/members").equals("Members"));
            // Still signed in, with nothing lost.
            person.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        }
    }

    @Test
    @Order(8)
    void killing_an_instance_keeps_the_others_signed_in_and_its_users_sign_in_again_elsewhere() throws Exception {
        var stays = Chromium.newUsername();
        var moves = Chromium.newUsername();
        try (var onFirst = person("kill-stays", "app1");
                var onSecond = person("kill-moves", "app2")) {
            onFirst.registerAndWait(balancer.url("/register"), stays);
            onFirst.signInAndWait(balancer.url("/login"), stays, PASSWORD, false);
            onSecond.registerAndWait(balancer.url("/register"), moves);
            onSecond.signInAndWait(balancer.url("/login"), moves, PASSWORD, false);

            apps.get(1).kill();

            // HAProxy sends the browser of the dead instance to another, where it has no session yet.
            onSecond.open(balancer.url("/members"));
            onSecond.waitForSignInForm();
            onSecond.signIn(moves, PASSWORD, false);
            // Back on the page it asked for, now from a surviving instance.
            onSecond.waitForHeading("Members");
            assertThat(onSecond.driver().manage().getCookieNamed("SERVERID").getValue())
                    .isNotEqualTo("app2");
            onSecond.open(balancer.url("/account"));
            onSecond.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.tagName("main"), moves + "@example.com"));
            onFirst.open(balancer.url("/members"));
            onFirst.waitForHeading("Members");
            onFirst.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), moves));
        }
    }

    private static List<WebElement> shown(WebDriver page, String xpath) {
        return page.findElements(By.xpath(xpath)).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    /** One load of a signed-in page: when it was asked for, and whether it was refused (the sign-in page). */
    private record PageLoad(Instant sent, boolean refused) {}

    /** Loads a signed-in page again and again until the browser is sent to the sign-in page. */
    private static List<PageLoad> loadUntilSignedOut(Chromium person) {
        var loads = new ArrayList<PageLoad>();
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var sent = Instant.now();
            var refused = !headingAfterLoading(person, "/members").equals("Members");
            loads.add(new PageLoad(sent, refused));
            if (refused) {
                assertThat(person.currentUrl()).contains("/login");
                return loads;
            }
        }
        throw new AssertionError("Still signed in 30 s later");
    }

    /** Loads a page and returns its heading once it shows one, or "sign-in" for the sign-in page. */
    private static String headingAfterLoading(Chromium person, String path) {
        person.open(balancer.url(path));
        // The heading read may be replaced under the reader when the instance ends the session and the browser
        // moves to the sign-in page: that is read again, not a failure.
        return person.waiting().ignoring(StaleElementReferenceException.class).until(page -> {
            if (page.getCurrentUrl().contains("/login")) {
                return "sign-in";
            }
            return page.findElements(By.tagName("h1")).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .orElse(null);
        });
    }

    /** A person in a browser that HAProxy holds on {@code server}, as checked by the cookie it keeps. */
    private static Chromium person(String name, String server) throws Exception {
        var person = Chromium.start("cluster-" + name, "en-US");
        person.pinTo(balancer, server);
        person.open(balancer.url("/login"));
        person.waitForSignInForm();
        assertThat(person.driver().manage().getCookieNamed("SERVERID").getValue())
                .as("the instance HAProxy sends this browser to")
                .isEqualTo(server);
        return person;
    }

    /**
     * Loads a signed-in page until the browser is sent to the sign-in page; returns how long after the
     * call the refused request was sent.
     */
    private static Duration untilSignedOut(Chromium person) {
        var start = Instant.now();
        var deadline = start.plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            var sent = Instant.now();
            person.open(balancer.url("/members"));
            person.waiting()
                    .until(page -> page.getCurrentUrl().contains("/login")
                            || !page.findElements(By.tagName("h1")).isEmpty());
            if (person.currentUrl().contains("/login")) {
                return Duration.between(start, sent);
            }
        }
        throw new AssertionError("Still signed in 15 s after the session was ended");
    }
}
