package com.example.authstarter.organization;

import static com.example.authstarter.organization.OrganizationsIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.notes.Note;
import com.example.authstarter.notes.Notes;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A member of organization A finds nothing of organization B: not its pages over HTTPS, not its members,
 * invitations or settings through the services the pages use, not its notes — whatever slug or id is guessed.
 * Each answer is the same "not found" a thing that does not exist gets.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganizationIsolationIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    Organizations organizations;

    @Autowired
    Invitations invitations;

    @Autowired
    Notes notes;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    OrganizationContext a;
    OrganizationContext b;

    @BeforeEach
    void twoOrganizations() {
        for (var name : new String[] {"alma", "bert", "bodo"}) {
            testUsers.create(name);
            testUsers.verifyEmail(name);
        }
        a = organizations.create("alma", "Alpha");
        b = organizations.create("bert", "Beta");
        invitations.invite("bert", b.organizationId(), "bodo@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        invitations.accept(mails.arrived("bodo@example.com", "invites you").token(), "bodo");
    }

    /** The app's own holder of who is signed in (each Spring context of the tests has its own). */
    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @Test
    void another_organizations_page_is_not_found_over_https_like_one_that_does_not_exist() throws Exception {
        var alma = new HttpsClient(ports.httpsPort());
        alma.signIn("alma", UserFixtures.PASSWORD);

        assertThat(alma.get("/organizations/alpha").statusCode()).isEqualTo(200);
        var theirs = alma.get("/organizations/beta");
        var none = alma.get("/organizations/no-such-organization");
        var byId = alma.get("/organizations/" + b.organizationId());
        for (var response : List.of(theirs, none, byId)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("Page not found").doesNotContain("Beta");
        }

        var bert = new HttpsClient(ports.httpsPort());
        bert.signIn("bert", UserFixtures.PASSWORD);
        assertThat(bert.get("/organizations/beta").statusCode()).isEqualTo(200);
        assertThat(bert.get("/organizations/alpha").statusCode()).isEqualTo(404);
    }

    @Test
    void every_action_on_another_organization_is_not_found_whatever_id_is_sent() {
        var id = b.organizationId();
        var invitation = invitations.pending(id, "bert");
        invitations.invite("bert", id, "new@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var waiting = invitations.pending(id, "bert").getFirst().id();

        for (Runnable action : List.<Runnable>of(
                () -> organizations.open("beta", "alma"),
                () -> organizations.members(id, "alma"),
                () -> organizations.changeRole("alma", id, "bodo", OrganizationRole.ADMIN),
                () -> organizations.changeRole("alma", id, "alma", OrganizationRole.OWNER),
                () -> organizations.remove("alma", id, "bodo"),
                () -> organizations.leave("alma", id),
                () -> organizations.handOver("alma", id, "alma"),
                () -> organizations.rename("alma", id, "Mine now"),
                () -> organizations.delete("alma", id, "Beta"),
                () -> organizations.choose("alma", id),
                () -> invitations.invite("alma", id, "spy@example.com", OrganizationRole.OWNER, Locale.ENGLISH),
                () -> invitations.pending(id, "alma"),
                () -> invitations.resend("alma", id, waiting),
                () -> invitations.revoke("alma", id, waiting),
                // Alpha's owner revoking Beta's invitation through Alpha: the id does not belong to Alpha.
                () -> invitations.revoke("alma", a.organizationId(), waiting),
                () -> invitations.resend("alma", a.organizationId(), waiting),
                // A member of B changing roles in A.
                () -> organizations.changeRole("bert", a.organizationId(), "alma", OrganizationRole.MEMBER))) {
            assertThatThrownBy(action::run).isInstanceOf(NothingHereException.class);
        }
        assertThat(invitation).isEmpty();
        assertThat(organizations.open("beta", "bert").name()).isEqualTo("Beta");
        assertThat(organizations.members(id, "bert")).hasSize(2);
        assertThat(invitations.pending(id, "bert")).hasSize(1);
        assertThat(organizations.mine("alma"))
                .extracting(Organizations.Mine::slug)
                .containsExactly("alpha");
    }

    @Test
    void an_invitation_link_of_another_organization_used_by_someone_else_joins_nothing() {
        invitations.invite("bert", b.organizationId(), "carl@example.com", OrganizationRole.ADMIN, Locale.ENGLISH);
        var token = mails.arrived("carl@example.com", "invites you").token();

        assertRefused(() -> invitations.accept(token, "alma"), "org.invite.wrong-person");
        assertThatThrownBy(() -> organizations.open("beta", "alma")).isInstanceOf(NothingHereException.class);
    }

    @Test
    void notes_of_another_organization_cannot_be_read_changed_or_deleted() {
        signIn("bert");
        var betaNote = notes.add("Beta's secret plan");
        signIn("alma");
        var alphaNote = notes.add("Alpha's own note");

        assertThat(notes.list()).extracting(Note::text).containsExactly("Alpha's own note");
        assertThatThrownBy(() -> notes.remove(betaNote.id())).isInstanceOf(NothingHereException.class);
        assertThatThrownBy(() -> notes.remove("not-an-id")).isInstanceOf(NothingHereException.class);

        signIn("bodo");
        assertThat(notes.list()).extracting(Note::text).containsExactly("Beta's secret plan");
        // A member deletes only their own notes; the owner and admins any.
        assertThatThrownBy(() -> notes.remove(betaNote.id())).isInstanceOf(NothingHereException.class);
        assertThatThrownBy(() -> notes.remove(alphaNote.id())).isInstanceOf(NothingHereException.class);
        signIn("bert");
        notes.remove(betaNote.id());
        assertThat(notes.list()).isEmpty();
        signIn("alma");
        assertThat(notes.list()).extracting(Note::text).containsExactly("Alpha's own note");
    }

    @Test
    void a_person_in_no_organization_has_no_notes_to_read_or_write() {
        testUsers.create("nina");
        signIn("nina");
        assertThatThrownBy(() -> notes.list()).isInstanceOf(NothingHereException.class);
        assertThatThrownBy(() -> notes.add("hello")).isInstanceOf(NothingHereException.class);
    }

    @Test
    void a_deleted_organizations_notes_go_with_it() {
        signIn("bert");
        notes.add("Beta's note");
        organizations.delete("bert", b.organizationId(), "Beta");
        var again = organizations.create("bert", "Beta");
        assertThat(again.organizationId()).isNotEqualTo(b.organizationId());
        assertThat(notes.list()).isEmpty();
    }

    private void signIn(String username) {
        contexts.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
