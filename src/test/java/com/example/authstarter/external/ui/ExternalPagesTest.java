package com.example.authstarter.external.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.external.ConnectedAccounts;
import com.example.authstarter.external.ExternalIdentities;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.SignInWays;
import com.example.authstarter.user.SignUpService;
import com.example.authstarter.user.UserAdministration;
import com.example.authstarter.user.ui.RegisterView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/** The pages with GitHub configured (a preset: no network needed): the sign-in links, connected accounts. */
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.github.client-id=starter",
            "spring.security.oauth2.client.registration.github.client-secret=secret"
        })
class ExternalPagesTest extends KaribuTest {

    @Autowired
    SignUpService signUp;

    @Autowired
    ExternalIdentities identities;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConnectedAccounts connectedAccounts;

    @Autowired
    AccountCredentials credentials;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Autowired
    UserAdministration administration;

    @Test
    void the_sign_in_and_registration_pages_offer_each_provider_outside_the_router() {
        UI.getCurrent().navigate(SignInView.class);
        var signIn = _get(Anchor.class, spec -> spec.withClasses("external-sign-in"));
        assertThat(signIn.getText()).isEqualTo("Sign in with GitHub");
        assertThat(signIn.getHref()).isEqualTo("/oauth2/authorization/github");
        assertThat(signIn.isRouterIgnore()).isTrue();

        UI.getCurrent().navigate(RegisterView.class);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("external-sign-in"))
                        .getHref())
                .isEqualTo("/oauth2/authorization/github");
    }

    @Test
    void the_sign_in_page_says_why_a_provider_sign_in_did_not_go_through_in_english_and_german() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("external-exists"));
        var login = _get(LoginOverlay.class);
        assertThat(login.isError()).isTrue();
        assertThat(String.valueOf(login.getElement().getPropertyRaw("i18n")))
                .contains("You already have an account")
                .contains("An account with this email address exists already.");

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("login", QueryParameters.fromString("external-unavailable"));
        assertThat(String.valueOf(_get(LoginOverlay.class).getElement().getPropertyRaw("i18n")))
                .contains("Anbieter nicht erreichbar");
    }

    @Test
    void connected_accounts_list_the_identities_and_keep_the_last_way_in() {
        var username = signUp.registerExternal("nora", "nora@example.com", true, Locale.ENGLISH);
        connectGitHub("nora");
        signInAsWithoutPassword(username);

        UI.getCurrent().navigate("account/connected");

        assertThat(_get(SideNav.class, spec -> spec.withClasses("account-menu")).getItems().stream()
                        .map(SideNavItem::getPath))
                .contains("account/connected");
        var section = _get(ConnectedAccountsSection.class);
        assertThat(section.none.isVisible()).isFalse();
        assertThat(identities.of("nora")).singleElement().satisfies(identity -> {
            assertThat(identity.provider()).isEqualTo("GitHub");
            assertThat(identity.email()).isEqualTo("nora@example.com");
        });
        assertThat(_find(section.connect, Button.class))
                .extracting(Button::getText)
                .containsExactly("Connect GitHub");

        assertThat(connectedAccounts.disconnect(
                        "nora", identities.of("nora").getFirst().id()))
                .as("no password, no passkey: the last identity stays")
                .isEqualTo(SignInWays.LAST_WAY_IN);
        assertThat(identities.of("nora")).hasSize(1);
    }

    @Test
    void an_account_without_a_password_sets_a_first_one_and_is_told_to_before_a_change_that_asks_for_it() {
        var username = signUp.registerExternal("otis", "otis@example.com", true, Locale.ENGLISH);
        signInAsWithoutPassword(username);

        UI.getCurrent().navigate("account/delete");
        _setValue(_get(PasswordField.class), "anything");
        _click(_get(Button.class, spec -> spec.withText("Delete my account")));
        assertThat(_get(PasswordField.class).getErrorMessage())
                .isEqualTo("Your account has no password yet. Set one on the Password page first.");
        assertThat(testUsers.exists("otis")).isTrue();

        UI.getCurrent().navigate("account/password");
        assertThat(_get(H2.class, spec -> spec.withText("Set a password")).isVisible())
                .isTrue();
        // Karibu finds visible fields only: the current password's is hidden, there being none to give.
        var fields = _find(PasswordField.class);
        assertThat(fields).hasSize(2);
        _setValue(fields.get(0), "marmalade tractor sunset");
        _setValue(fields.get(1), "marmalade tractor sunset");
        _click(_get(Button.class, spec -> spec.withText("Set a password")));

        NotificationsKt.expectNotifications("Password changed. Your other sessions and devices were signed out.");
        assertThat(accounts.hasPassword("otis")).isTrue();
        assertThat(_get(H2.class, spec -> spec.withText("Change password")).isVisible())
                .isTrue();
    }

    @Test
    void administrators_see_the_providers_connected_to_each_account() {
        signUp.registerExternal("nora", "nora@example.com", true, Locale.ENGLISH);
        connectGitHub("nora");
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        signInAs("root");

        UI.getCurrent().navigate("admin");

        @SuppressWarnings("unchecked")
        Grid<Object> users = _get(Grid.class);
        var column = users.getColumns().stream()
                .filter(each -> "Connected providers".equals(each.getHeaderText()))
                .findFirst()
                .orElseThrow();
        var rows = GridKt._size(users);
        var shown = IntStream.range(0, rows)
                .mapToObj(row -> GridKt._getFormattedRow(users, row))
                .toList();
        assertThat(column.isVisible()).isTrue();
        assertThat(shown).anySatisfy(row -> assertThat(row).contains("nora", "GitHub"));
    }

    private void connectGitHub(String username) {
        mongo.insert(
                new Document("issuer", "https://github.com")
                        .append("subject", "4711")
                        .append("registrationId", "github")
                        .append("usernameKey", username)
                        .append("email", username + "@example.com")
                        .append("emailVerified", true)
                        .append("linkedAt", new Date())
                        .append("lastUsedAt", new Date()),
                "external_identities");
    }

    /** As a sign-in with the provider leaves it: signed in, just now, with no password to type. */
    private void signInAsWithoutPassword(String username) {
        var account = credentials.details(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        VaadinSession.getCurrent().getSession().setAttribute(IdentityConfirmation.ATTRIBUTE, clock.instant());
    }
}
