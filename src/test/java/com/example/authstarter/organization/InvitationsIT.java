package com.example.authstarter.organization;

import static com.example.authstarter.organization.OrganizationsIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.token.OneTimeTokens;
import java.time.Duration;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Invitations by mail, read from the embedded SMTP server: one link, one answer, for the address it went to. */
@WithApp
class InvitationsIT {

    @Autowired
    Organizations organizations;

    @Autowired
    Invitations invitations;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    OrganizationContext acme;

    @BeforeEach
    void acme() {
        for (var name : new String[] {"olga", "ivy", "eve"}) {
            testUsers.create(name);
            testUsers.verifyEmail(name);
        }
        acme = organizations.create("olga", "Acme");
    }

    @Test
    void the_mail_carries_a_single_use_link_stored_only_as_a_hash_that_makes_the_invitee_a_member() {
        invitations.invite("olga", acme.organizationId(), "IVY@example.com", OrganizationRole.ADMIN, Locale.ENGLISH);
        var mail = mails.arrived("ivy@example.com", "olga invites you to Acme");
        var token = mail.token();
        assertThat(mail.linkPath()).startsWith("/invitation?token=");
        var stored = mongo.getCollection("organization_invitations").find().first();
        assertThat(stored.toJson()).doesNotContain(token).contains(OneTimeTokens.hash(token));

        assertThat(invitations.peek(token)).hasValueSatisfying(offer -> {
            assertThat(offer.organization()).isEqualTo("Acme");
            assertThat(offer.role()).isEqualTo(OrganizationRole.ADMIN);
        });
        assertThat(invitations.accept(token, "ivy")).isEqualTo("acme");
        assertThat(organizations.open("acme", "ivy").role()).isEqualTo(OrganizationRole.ADMIN);
        mails.arrived("ivy@example.com", "You joined Acme");

        // Used once, the link opens nothing: not for the invitee, not for anyone else.
        assertThat(invitations.peek(token)).isEmpty();
        assertRefused(() -> invitations.accept(token, "ivy"), Invitations.NO_LONGER_VALID.key());
        assertRefused(() -> invitations.accept(token, "eve"), Invitations.NO_LONGER_VALID.key());
    }

    @Test
    void accepting_by_the_link_proves_an_unverified_address() {
        testUsers.create("una");
        invitations.invite("olga", acme.organizationId(), "una@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var token = mails.arrived("una@example.com", "invites you").token();
        assertThat(testUsers.isEmailVerified("una")).isFalse();

        invitations.accept(token, "una");
        assertThat(testUsers.isEmailVerified("una")).isTrue();
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var token = mails.arrived("ivy@example.com", "invites you").token();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(invitations.peek(token)).isEmpty();
        assertRefused(() -> invitations.accept(token, "ivy"), Invitations.NO_LONGER_VALID.key());
        assertThat(invitations.waitingFor("ivy")).isEmpty();
        assertThat(invitations.pending(acme.organizationId(), "olga")).isEmpty();
    }

    @Test
    void a_revoked_invitation_opens_nothing_and_a_resent_one_only_by_its_new_link() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var first = mails.arrived("ivy@example.com", "invites you").token();
        var pending = invitations.pending(acme.organizationId(), "olga").getFirst();

        mails.empty();
        invitations.resend("olga", acme.organizationId(), pending.id());
        var second = mails.arrived("ivy@example.com", "invites you").token();
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.peek(first)).isEmpty();
        assertThat(invitations.peek(second)).isPresent();

        invitations.revoke("olga", acme.organizationId(), pending.id());
        assertThat(invitations.peek(second)).isEmpty();
        assertRefused(() -> invitations.accept(second, "ivy"), Invitations.NO_LONGER_VALID.key());
        assertThatThrownBy(() -> organizations.open("acme", "ivy")).isInstanceOf(NothingHereException.class);
    }

    @Test
    void a_resent_invitation_is_accepted_only_by_its_new_link_and_an_expired_one_makes_way_for_a_new_invitation() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var first = mails.arrived("ivy@example.com", "invites you").token();
        mails.empty();
        invitations.resend(
                "olga",
                acme.organizationId(),
                invitations.pending(acme.organizationId(), "olga").getFirst().id());
        var second = mails.arrived("ivy@example.com", "invites you").token();
        assertRefused(() -> invitations.accept(first, "ivy"), Invitations.NO_LONGER_VALID.key());

        clock.advance(Duration.ofDays(8));
        assertRefused(() -> invitations.accept(second, "ivy"), Invitations.NO_LONGER_VALID.key());
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.ADMIN, Locale.ENGLISH);
        assertThat(invitations.pending(acme.organizationId(), "olga"))
                .singleElement()
                .satisfies(pending -> assertThat(pending.role()).isEqualTo(OrganizationRole.ADMIN));
    }

    @Test
    void an_admin_cannot_revoke_or_resend_an_owners_invitation() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.ADMIN, Locale.ENGLISH);
        invitations.accept(mails.arrived("ivy@example.com", "invites you").token(), "ivy");
        invitations.invite("olga", acme.organizationId(), "boss@example.com", OrganizationRole.OWNER, Locale.ENGLISH);
        var ownersInvitation =
                invitations.pending(acme.organizationId(), "olga").getFirst().id();

        assertRefused(
                () -> invitations.revoke("ivy", acme.organizationId(), ownersInvitation),
                Organizations.ROLE_TOO_LOW.key());
        assertRefused(
                () -> invitations.resend("ivy", acme.organizationId(), ownersInvitation),
                Organizations.ROLE_TOO_LOW.key());
        assertThat(invitations.pending(acme.organizationId(), "olga")).hasSize(1);
    }

    @Test
    void the_wrong_person_signed_in_cannot_accept_or_decline_and_the_invitation_stays_for_its_addressee() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var token = mails.arrived("ivy@example.com", "invites you").token();

        assertThatThrownBy(() -> invitations.accept(token, "eve"))
                .isInstanceOfSatisfying(OrganizationRefusedException.class, refused -> {
                    assertThat(refused.problem().key()).isEqualTo("org.invite.wrong-person");
                    assertThat(refused.problem().arguments()).containsExactly("ivy@example.com");
                });
        assertRefused(() -> invitations.decline(token, "eve"), "org.invite.wrong-person");
        assertThatThrownBy(() -> organizations.open("acme", "eve")).isInstanceOf(NothingHereException.class);

        invitations.decline(token, "ivy");
        assertThat(invitations.peek(token)).isEmpty();
        assertThatThrownBy(() -> organizations.open("acme", "ivy")).isInstanceOf(NothingHereException.class);
    }

    @Test
    void an_address_of_a_member_or_one_invited_already_is_refused_with_a_reason() {
        assertInviteRefused("olga@example.com", Invitations.ALREADY_MEMBER.key());
        assertInviteRefused("OLGA@Example.com", Invitations.ALREADY_MEMBER.key());
        assertInviteRefused("not an address", "rule.email.invalid");
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        assertInviteRefused("ivy@example.com", Invitations.ALREADY_INVITED.key());
        assertThat(invitations.pending(acme.organizationId(), "olga")).hasSize(1);
    }

    @Test
    void invitations_are_limited_like_the_other_mails() {
        for (int i = 0; i < Invitations.PER_ORGANIZATION_PER_HOUR; i++) {
            invitations.invite(
                    "olga",
                    acme.organizationId(),
                    "guest" + i + "@example.com",
                    OrganizationRole.MEMBER,
                    Locale.ENGLISH);
        }
        assertInviteRefused("one-more@example.com", Invitations.TOO_MANY.key());

        var other = organizations.create("eve", "Other");
        invitations.invite("eve", other.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        var pending = invitations.pending(other.organizationId(), "eve").getFirst();
        for (int i = 1; i < Invitations.PER_ADDRESS_PER_HOUR; i++) {
            invitations.resend("eve", other.organizationId(), pending.id());
        }
        assertRefused(
                () -> invitations.resend("eve", other.organizationId(), pending.id()), Invitations.TOO_MANY.key());
    }

    @Test
    void invitations_to_a_verified_address_wait_on_the_organizations_page_and_are_answered_without_the_link() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        testUsers.create("uma");
        invitations.invite("olga", acme.organizationId(), "uma@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);

        // An address not verified yet sees nothing waiting: the account has not shown the address is theirs.
        assertThat(invitations.waitingFor("uma")).isEmpty();
        var waiting = invitations.waitingFor("ivy");
        assertThat(waiting)
                .singleElement()
                .satisfies(offer -> assertThat(offer.invitedBy()).isEqualTo("olga"));
        // Another person cannot answer it by its id.
        assertThatThrownBy(() -> invitations.acceptWaiting(waiting.getFirst().id(), "eve"))
                .isInstanceOf(NothingHereException.class);

        assertThat(invitations.acceptWaiting(waiting.getFirst().id(), "ivy")).isEqualTo("acme");
        assertThat(organizations.open("acme", "ivy").role()).isEqualTo(OrganizationRole.MEMBER);
        assertThat(invitations.waitingFor("ivy")).isEmpty();
    }

    @Test
    void members_cannot_invite_and_admins_cannot_invite_owners() {
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.ADMIN, Locale.ENGLISH);
        invitations.accept(mails.arrived("ivy@example.com", "invites you").token(), "ivy");
        invitations.invite("ivy", acme.organizationId(), "eve@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        invitations.accept(mails.arrived("eve@example.com", "invites you").token(), "eve");

        assertRefused(
                () -> invitations.invite(
                        "ivy", acme.organizationId(), "new@example.com", OrganizationRole.OWNER, Locale.ENGLISH),
                Organizations.ROLE_TOO_LOW.key());
        assertRefused(
                () -> invitations.invite(
                        "eve", acme.organizationId(), "new@example.com", OrganizationRole.MEMBER, Locale.ENGLISH),
                Organizations.ROLE_TOO_LOW.key());
        assertRefused(() -> invitations.pending(acme.organizationId(), "eve"), Organizations.ROLE_TOO_LOW.key());
    }

    @Test
    void the_mail_is_written_in_the_language_of_the_addresses_account_else_in_the_inviters() {
        mongo.getCollection("users")
                .updateOne(new Document("usernameKey", "ivy"), new Document("$set", new Document("language", "de")));
        invitations.invite("olga", acme.organizationId(), "ivy@example.com", OrganizationRole.MEMBER, Locale.ENGLISH);
        invitations.invite("olga", acme.organizationId(), "neu@example.com", OrganizationRole.MEMBER, Locale.GERMAN);

        mails.arrived("ivy@example.com", "olga lädt Sie zu Acme ein");
        mails.arrived("neu@example.com", "olga lädt Sie zu Acme ein");
    }

    private void assertInviteRefused(String address, String problem) {
        assertThatThrownBy(() -> invitations.invite(
                        "olga", acme.organizationId(), address, OrganizationRole.MEMBER, Locale.ENGLISH))
                .isInstanceOfSatisfying(RefusedInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(RefusedInputException.Field.EMAIL);
                    assertThat(refused.problem().key()).isEqualTo(problem);
                });
    }
}
