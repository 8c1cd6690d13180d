package com.example.authstarter.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.MainLayout;
import com.example.authstarter.base.ui.NotFoundView;
import com.example.authstarter.notes.ui.NotesView;
import com.example.authstarter.organization.Invitations;
import com.example.authstarter.organization.OrganizationRole;
import com.example.authstarter.organization.Organizations;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.user.UserAdministration;
import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizations' pages as their people use them: list, page, invitation, switcher, the example's notes. */
class OrganizationPagesTest extends KaribuTest {

    @Autowired
    Organizations organizations;

    @Autowired
    Invitations invitations;

    @Autowired
    Mails mails;

    @BeforeEach
    void people() {
        for (var name : new String[] {"olga", "adam", "mia"}) {
            testUsers.create(name);
            testUsers.verifyEmail(name);
        }
    }

    @Test
    void a_person_creates_an_organization_and_lands_on_its_page_as_its_owner() {
        signInAs("olga");
        UI.getCurrent().navigate(OrganizationsView.class);
        var list = _get(OrganizationsView.class);
        assertThat(texts(list.list)).contains("You belong to no organization yet");

        _click(list.create);
        assertThat(list.name.isInvalid()).isTrue();
        assertThat(list.name.getErrorMessage()).isEqualTo("Enter a name.");

        _setValue(list.name, "Acme Corp");
        _click(list.create);

        var page = _get(OrganizationView.class);
        assertThat(page.title.getText()).isEqualTo("Acme Corp");
        assertThat(page.yourRole.getText()).isEqualTo("Your role: Owner");
        assertThat(page.invitations.isVisible()).isTrue();
        assertThat(page.settings.isVisible()).isTrue();
        UI.getCurrent().navigate(OrganizationsView.class);
        assertThat(texts(_get(OrganizationsView.class).list)).contains("Acme Corp", "Owner", "Current");
    }

    @Test
    void an_owner_invites_changes_a_role_and_removes_a_member_an_admin_sees_no_settings_a_member_only_the_list() {
        var acme = organizations.create("olga", "Acme");
        invite(acme.organizationId(), "adam", OrganizationRole.MEMBER);
        invite(acme.organizationId(), "mia", OrganizationRole.MEMBER);
        signInAs("olga");
        open("organizations/acme");
        var page = _get(OrganizationView.class);

        _setValue(page.invitations.email, "guest@example.com");
        _setValue(page.invitations.role, OrganizationRole.ADMIN);
        _click(page.invitations.invite);
        expectNotifications("An invitation is on its way to guest@example.com.");
        assertThat(texts(page.invitations.pending)).contains("guest@example.com", "Admin, invited by olga");
        mails.arrived("guest@example.com", "olga invites you to Acme");

        _setValue(page.invitations.email, "adam@example.com");
        _click(page.invitations.invite);
        assertThat(page.invitations.email.getErrorMessage()).isEqualTo("This address belongs to a member already.");

        @SuppressWarnings("unchecked")
        Select<OrganizationRole> adamsRole = _get(
                page.members.list,
                Select.class,
                spec -> spec.withPredicate(select -> labelled(select, "Role of adam")));
        _setValue(adamsRole, OrganizationRole.ADMIN);
        expectNotifications("The role of adam was changed.");
        _click(_get(
                page.members.list, Button.class, spec -> spec.withPredicate(button -> labelled(button, "Remove mia"))));
        expectNotifications("mia was removed.");
        assertThat(texts(page.members.list)).contains("olga", "adam").doesNotContain("mia");

        signInAs("adam");
        open("organizations/acme");
        var asAdmin = _get(OrganizationView.class);
        assertThat(asAdmin.yourRole.getText()).isEqualTo("Your role: Admin");
        assertThat(asAdmin.invitations.isVisible()).isTrue();
        assertThat(asAdmin.settings.isVisible()).isFalse();
        // An admin cannot make owners, nor change the owner.
        assertThat(asAdmin.invitations.role.getListDataView().getItems()).doesNotContain(OrganizationRole.OWNER);
        assertThat(_find(asAdmin.members.list, Select.class)).isEmpty();

        invite(acme.organizationId(), "mia", OrganizationRole.MEMBER);
        signInAs("mia");
        open("organizations/acme");
        var asMember = _get(OrganizationView.class);
        assertThat(asMember.invitations.isVisible()).isFalse();
        assertThat(asMember.settings.isVisible()).isFalse();
        assertThat(_find(asMember.members.list, Button.class)).isEmpty();
        assertThat(texts(asMember.members.list)).contains("olga", "Owner", "adam", "Admin", "mia", "Member");
    }

    @Test
    void the_last_owner_is_told_to_hand_over_first_and_then_can_leave() {
        var acme = organizations.create("olga", "Acme");
        invite(acme.organizationId(), "adam", OrganizationRole.MEMBER);
        signInAs("olga");
        open("organizations/acme");
        var page = _get(OrganizationView.class);

        _click(page.members.leave);
        expectNotifications("An organization needs an owner. Hand over ownership to another member first, or delete"
                + " the organization.");

        _setValue(page.settings.heir, "adam");
        _click(page.settings.handOver);
        expectNotifications("adam is an owner now.");
        assertThat(page.yourRole.getText()).isEqualTo("Your role: Admin");
        assertThat(page.settings.isVisible()).isFalse();
        _click(page.members.leave);
        expectNotifications("You left Acme.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OrganizationsView.class);
    }

    @Test
    void deleting_asks_for_the_name_typed_exactly() {
        organizations.create("olga", "Acme");
        signInAs("olga");
        open("organizations/acme");
        var settings = _get(OrganizationView.class).settings;
        assertThat(settings.confirmName.getLabel()).isEqualTo("Type \"Acme\" to confirm");

        _setValue(settings.confirmName, "acme");
        _click(settings.delete);
        assertThat(settings.confirmName.getErrorMessage()).isEqualTo("Type the organization’s name exactly as shown.");

        _setValue(settings.confirmName, "Acme");
        _click(settings.delete);
        expectNotifications("Acme was deleted.");
        assertThat(organizations.mine("olga")).isEmpty();
    }

    @Test
    void another_organizations_page_is_not_found_through_navigation() {
        organizations.create("olga", "Acme");
        organizations.create("adam", "Beta");
        signInAs("adam");

        open("organizations/acme");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        open("organizations/no-such-thing");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        open("organizations/beta");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OrganizationView.class);
    }

    @Test
    void the_switcher_appears_for_more_than_one_organization_and_remembers_the_choice() {
        organizations.create("olga", "First");
        signInAs("olga");
        UI.getCurrent().navigate(OrganizationsView.class);
        assertThat(_find(_get(MainLayout.class), Select.class)).isEmpty();

        // Made elsewhere (another tab): the frame shows it from the next navigation on.
        organizations.create("olga", "Second");
        UI.getCurrent().navigate(NotesView.class);
        assertThat(_get(_get(NotesView.class), H1.class).getText()).isEqualTo("Notes of Second");
        UI.getCurrent().navigate(OrganizationsView.class);
        @SuppressWarnings("unchecked")
        Select<Organizations.Mine> switcher = _get(Select.class, spec -> spec.withClasses("org-switcher"));
        assertThat(switcher.getValue().name()).isEqualTo("Second");

        _setValue(
                switcher,
                switcher.getListDataView()
                        .getItems()
                        .filter(mine -> mine.name().equals("First"))
                        .findFirst()
                        .orElseThrow());
        assertThat(organizations.mine("olga").getFirst().name()).isEqualTo("First");
        UI.getCurrent().navigate(NotesView.class);
        assertThat(_get(_get(NotesView.class), H1.class).getText()).isEqualTo("Notes of First");
    }

    @Test
    void the_notes_view_takes_a_person_in_no_organization_to_the_organizations_page() {
        signInAs("mia");
        UI.getCurrent().navigate(NotesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OrganizationsView.class);
    }

    @Test
    void a_signed_out_visitor_with_an_invitation_signs_up_with_the_invited_address_verified_at_once() {
        var acme = organizations.create("olga", "Acme");
        invitations.invite(
                "olga", acme.organizationId(), "newbie@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var token = mails.arrived("newbie@example.com", "invites you").token();

        UI.getCurrent().navigate(InvitationView.class, QueryParameters.of("token", token));
        var invitation = _get(InvitationView.class);
        assertThat(invitation.message.getText())
                .isEqualTo("olga invites you to join Acme as Member. Sign in with newbie@example.com, or create an"
                        + " account with that address, to accept or decline. The invitation is valid until "
                        + invitation.message.getText().replaceAll(".*valid until ", ""));
        assertThat(invitation.signIn.isVisible()).isTrue();
        assertThat(invitation.accept.isVisible()).isFalse();

        UI.getCurrent().navigate(RegisterView.class);
        assertThat(_get(EmailField.class).getValue()).isEqualTo("newbie@example.com");
        assertThat(texts(_get(RegisterView.class))).contains("You were invited to Acme.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "newbie");
        for (var password : _find(PasswordField.class)) {
            _setValue(password, UserFixtures.PASSWORD);
        }
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(testUsers.isEmailVerified("newbie")).isTrue();
        assertThat(mails.find("newbie@example.com", "Confirm your email address"))
                .isEmpty();

        signInAs("newbie");
        UI.getCurrent().navigate(InvitationView.class, QueryParameters.of("token", token));
        _click(_get(InvitationView.class).accept);
        var page = _get(OrganizationView.class);
        assertThat(page.title.getText()).isEqualTo("Acme");
        assertThat(page.yourRole.getText()).isEqualTo("Your role: Member");
    }

    @Test
    void the_wrong_person_signed_in_is_told_whom_the_invitation_is_for_and_a_used_link_says_it_is_no_longer_valid() {
        var acme = organizations.create("olga", "Acme");
        invitations.invite("olga", acme.organizationId(), "mia@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var token = mails.arrived("mia@example.com", "invites you").token();

        signInAs("adam");
        UI.getCurrent().navigate(InvitationView.class, QueryParameters.of("token", token));
        var asAdam = _get(InvitationView.class);
        _click(asAdam.accept);
        assertThat(asAdam.problem.getText()).startsWith("This invitation was sent to mia@example.com, which is not");

        signInAs("mia");
        UI.getCurrent().navigate(OrganizationsView.class);
        var list = _get(OrganizationsView.class);
        assertThat(texts(list.invitations)).contains("olga invites you to Acme as Member");
        _click(_get(list.invitations, Button.class, spec -> spec.withText("Accept")));
        assertThat(_get(OrganizationView.class).title.getText()).isEqualTo("Acme");

        UI.getCurrent().navigate(InvitationView.class, QueryParameters.of("token", token));
        var used = _get(InvitationView.class);
        assertThat(used.message.getText()).startsWith("This invitation link is no longer valid");
        assertThat(used.accept.isVisible()).isFalse();
    }

    @Test
    void the_pages_speak_german() {
        organizations.create("olga", "Acme");
        signInAs("olga");
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("organizations/acme");
        var page = _get(OrganizationView.class);
        assertThat(page.yourRole.getText()).isEqualTo("Ihre Rolle: Inhaber");
        assertThat(page.invitations.invite.getText()).isEqualTo("Einladen");
        assertThat(page.settings.delete.getText()).isEqualTo("Organisation löschen");
    }

    @Autowired
    UserAdministration administration;

    @Test
    void administrators_see_every_organization() {
        organizations.create("olga", "Acme");
        organizations.create("adam", "Beta");
        administration.grantAdmin("mia", "test");
        signInAs("mia");
        UI.getCurrent().navigate(OrganizationsAdminView.class);
        var grid = _get(OrganizationsAdminView.class).grid;
        assertThat(grid.getGenericDataView().getItems().map(Organizations.Summary::name))
                .containsExactlyInAnyOrder("Acme", "Beta");

        signInAs("adam");
        UI.getCurrent().navigate(OrganizationsAdminView.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(OrganizationsAdminView.class);
    }

    private void invite(String organizationId, String username, OrganizationRole role) {
        invitations.invite("olga", organizationId, username + "@example.com", role, Locale.ENGLISH);
        invitations.accept(
                mails.arrived(username + "@example.com", "invites you").token(), username);
        mails.empty();
    }

    /** Opens a page afresh, as a person signed in just now would: the view is made for them. */
    private static void open(String path) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path);
    }

    private static boolean labelled(com.vaadin.flow.component.HasAriaLabel component, String label) {
        return component.getAriaLabel().filter(label::equals).isPresent();
    }

    private static String texts(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
