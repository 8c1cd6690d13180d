package com.example.authstarter.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.user.UserKeys;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Organizations, their members and roles, against the real database, audit log and mail. */
@WithApp
class OrganizationsIT {

    @Autowired
    Organizations organizations;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    AuditLog audit;

    @Autowired
    Mails mails;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void people() {
        for (var name : new String[] {"olga", "adam", "mia", "max"}) {
            testUsers.create(name);
            testUsers.verifyEmail(name);
        }
    }

    @Test
    void a_new_organization_has_its_creator_as_owner_and_an_address_made_from_its_name() {
        var acme = organizations.create("olga", "  Acme  ");
        var second = organizations.create("adam", "ACME");
        var umlauts = organizations.create("mia", "Müller & Söhne GmbH");

        assertThat(acme.name()).isEqualTo("Acme");
        assertThat(acme.slug()).isEqualTo("acme");
        assertThat(acme.role()).isEqualTo(OrganizationRole.OWNER);
        assertThat(second.slug()).isEqualTo("acme-2");
        assertThat(umlauts.slug()).isEqualTo("muller-sohne-gmbh");
        assertThat(organizations.mine("olga")).singleElement().satisfies(mine -> {
            assertThat(mine.slug()).isEqualTo("acme");
            assertThat(mine.role()).isEqualTo(OrganizationRole.OWNER);
            assertThat(mine.current()).isTrue();
        });
        assertThat(audit.recent("olga", 5)).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(SecurityEvent.Type.ORGANIZATION_CREATED);
            assertThat(event.organization()).isEqualTo("Acme (acme)");
        });
    }

    @Test
    void after_five_numbered_addresses_a_name_gets_a_random_one_and_a_person_creates_at_most_ten_an_hour() {
        for (int i = 0; i < 5; i++) {
            organizations.create("olga", "Ελληνικά");
        }
        assertThat(organizations.mine("olga"))
                .extracting(Organizations.Mine::slug)
                .containsExactlyInAnyOrder(
                        "organization", "organization-2", "organization-3", "organization-4", "organization-5");
        assertThat(organizations.create("olga", "Ελληνικά").slug()).matches("organization-[a-z0-9]{6}");
        for (int i = 6; i < Organizations.CREATED_PER_HOUR; i++) {
            organizations.create("olga", "More " + i);
        }
        assertThatThrownBy(() -> organizations.create("olga", "One too many"))
                .isInstanceOfSatisfying(
                        RefusedInputException.class,
                        refused -> assertThat(refused.problem().key()).isEqualTo(Organizations.TOO_MANY_CREATED.key()));
    }

    @Test
    void a_name_that_breaks_the_rules_is_refused_on_its_field() {
        assertThatThrownBy(() -> organizations.create("olga", "   "))
                .isInstanceOfSatisfying(RefusedInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(RefusedInputException.Field.NAME);
                    assertThat(refused.problem().key()).isEqualTo("org.rule.name-empty");
                });
        assertThatThrownBy(() -> organizations.create("olga", "x".repeat(81)))
                .isInstanceOf(RefusedInputException.class);
        assertThatThrownBy(() -> organizations.create("olga", "bad\u0000name"))
                .isInstanceOf(RefusedInputException.class);
        assertThat(organizations.mine("olga")).isEmpty();
    }

    @Test
    void the_last_owner_cannot_leave_be_removed_or_be_demoted_until_ownership_is_handed_over() {
        var acme = organizations.create("olga", "Acme");
        join(acme, "adam", OrganizationRole.ADMIN);

        assertRefused(() -> organizations.leave("olga", acme.organizationId()), Organizations.LAST_OWNER.key());
        assertRefused(
                () -> organizations.changeRole("olga", acme.organizationId(), "olga", OrganizationRole.ADMIN),
                Organizations.LAST_OWNER.key());
        assertRefused(
                () -> organizations.remove("adam", acme.organizationId(), "olga"), Organizations.ROLE_TOO_LOW.key());
        assertThat(organizations.open("acme", "olga").role()).isEqualTo(OrganizationRole.OWNER);

        organizations.handOver("olga", acme.organizationId(), "adam");
        assertThat(organizations.open("acme", "adam").role()).isEqualTo(OrganizationRole.OWNER);
        assertThat(organizations.open("acme", "olga").role()).isEqualTo(OrganizationRole.ADMIN);
        organizations.leave("olga", acme.organizationId());
        assertThatThrownBy(() -> organizations.open("acme", "olga")).isInstanceOf(NothingHereException.class);
        assertRefused(() -> organizations.leave("adam", acme.organizationId()), Organizations.LAST_OWNER.key());
    }

    @Test
    void admins_manage_members_and_admins_but_not_owners_and_members_manage_nothing() {
        var acme = organizations.create("olga", "Acme");
        join(acme, "adam", OrganizationRole.ADMIN);
        join(acme, "mia", OrganizationRole.MEMBER);
        join(acme, "max", OrganizationRole.MEMBER);
        var id = acme.organizationId();

        assertRefused(
                () -> organizations.changeRole("mia", id, "max", OrganizationRole.ADMIN),
                Organizations.ROLE_TOO_LOW.key());
        assertRefused(() -> organizations.remove("mia", id, "max"), Organizations.ROLE_TOO_LOW.key());
        assertRefused(
                () -> organizations.changeRole("adam", id, "mia", OrganizationRole.OWNER),
                Organizations.ROLE_TOO_LOW.key());
        assertRefused(
                () -> organizations.changeRole("adam", id, "olga", OrganizationRole.MEMBER),
                Organizations.ROLE_TOO_LOW.key());

        organizations.changeRole("adam", id, "mia", OrganizationRole.ADMIN);
        organizations.remove("adam", id, "max");
        assertThat(organizations.members(id, "olga"))
                .extracting(Organizations.Member::username, Organizations.Member::role)
                .containsExactly(
                        tuple("olga", OrganizationRole.OWNER),
                        tuple("adam", OrganizationRole.ADMIN),
                        tuple("mia", OrganizationRole.ADMIN));
        // The people concerned are told, and the log keeps who did it in which organization.
        mails.arrived("mia@example.com", "Your role in Acme changed");
        mails.arrived("max@example.com", "You are no longer a member of Acme");
        assertThat(audit.recent("max", 10)).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(SecurityEvent.Type.ORGANIZATION_MEMBER_REMOVED);
            assertThat(event.actor()).isEqualTo("adam");
            assertThat(event.organization()).isEqualTo("Acme (acme)");
        });
    }

    @Test
    void two_owners_stepping_down_at_the_same_moment_leave_one_owner() throws Exception {
        for (int round = 0; round < 10; round++) {
            var org = organizations.create("olga", "Race " + round);
            join(org, "adam", OrganizationRole.MEMBER);
            organizations.changeRole("olga", org.organizationId(), "adam", OrganizationRole.OWNER);
            var start = new CyclicBarrier(2);
            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<?> olga = pool.submit(() -> stepDown(start, "olga", org.organizationId()));
                Future<?> adam = pool.submit(() -> stepDown(start, "adam", org.organizationId()));
                olga.get();
                adam.get();
            }
            assertThat(organizations.members(org.organizationId(), "olga").stream()
                            .filter(member -> member.role() == OrganizationRole.OWNER))
                    .as("owners after round %d", round)
                    .isNotEmpty();
        }
    }

    private Object stepDown(CyclicBarrier start, String owner, String organizationId) throws Exception {
        start.await();
        try {
            organizations.changeRole(owner, organizationId, owner, OrganizationRole.ADMIN);
        } catch (OrganizationRefusedException refused) {
            assertThat(refused.problem().key()).isIn(Organizations.LAST_OWNER.key(), "org.rule.changed-meanwhile");
        }
        return null;
    }

    @Test
    void deleting_an_organization_needs_its_name_typed_and_tells_every_member() {
        var acme = organizations.create("olga", "Acme");
        join(acme, "mia", OrganizationRole.MEMBER);

        assertThatThrownBy(() -> organizations.delete("olga", acme.organizationId(), "acme"))
                .isInstanceOfSatisfying(
                        RefusedInputException.class,
                        refused -> assertThat(refused.problem().key()).isEqualTo(Organizations.NAME_MISMATCH.key()));
        assertRefused(
                () -> organizations.delete("mia", acme.organizationId(), "Acme"), Organizations.ROLE_TOO_LOW.key());

        organizations.delete("olga", acme.organizationId(), "Acme");
        assertThatThrownBy(() -> organizations.open("acme", "mia")).isInstanceOf(NothingHereException.class);
        assertThat(organizations.mine("mia")).isEmpty();
        mails.arrived("mia@example.com", "You are no longer a member of Acme");
        assertThat(mongo.getCollection("organization_members").countDocuments()).isZero();
    }

    @Test
    void a_deleted_account_hands_its_organizations_to_the_longest_standing_admin_and_an_empty_one_goes() {
        var acme = organizations.create("olga", "Acme");
        join(acme, "mia", OrganizationRole.MEMBER);
        join(acme, "adam", OrganizationRole.ADMIN);
        organizations.create("olga", "Alone");

        accountDeleted("olga");

        assertThat(organizations.open("acme", "adam").role()).isEqualTo(OrganizationRole.OWNER);
        assertThat(organizations.open("acme", "mia").role()).isEqualTo(OrganizationRole.MEMBER);
        assertThat(organizations.members(acme.organizationId(), "adam"))
                .extracting(Organizations.Member::username)
                .containsExactlyInAnyOrder("adam", "mia");
        assertThat(mongo.getCollection("organizations").countDocuments()).isEqualTo(1);
    }

    @Test
    void the_current_organization_is_the_one_chosen_last() {
        var first = organizations.create("olga", "First");
        var second = organizations.create("olga", "Second");
        assertThat(organizations.mine("olga").getFirst().slug()).isEqualTo(second.slug());

        organizations.choose("olga", first.organizationId());
        assertThat(organizations.mine("olga"))
                .extracting(Organizations.Mine::slug, Organizations.Mine::current)
                .containsExactly(tuple("first", true), tuple("second", false));
    }

    @Autowired
    AccountService accounts;

    private void accountDeleted(String username) {
        accounts.deleteAccount(username, UserFixtures.PASSWORD);
    }

    /** Makes {@code username} a member with {@code role}, as an accepted invitation would. */
    private void join(OrganizationContext organization, String username, OrganizationRole role) {
        mongo.insert(new Membership(
                null, organization.organizationId(), username, UserKeys.username(username), role, Instant.now(), null));
    }

    static void assertRefused(Runnable action, String problem) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        OrganizationRefusedException.class,
                        refused -> assertThat(refused.problem().key()).isEqualTo(problem));
    }
}
