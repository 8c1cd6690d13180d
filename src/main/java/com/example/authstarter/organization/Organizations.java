package com.example.authstarter.organization;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RateLimits;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * Organizations and their members: the one service the pages use. Every method is given who asks and checks it
 * itself: someone who is not a member is told "not found" ({@link NothingHereException}) for everything of the
 * organization, whatever id or address they guessed; a member whose role is too low is refused with a reason. An
 * organization always keeps an owner: a change that would take its last one away is undone and refused, also
 * when two owners step down at the same moment on two instances.
 */
@Service
public class Organizations {

    public static final Problem LAST_OWNER = Problem.of("org.rule.last-owner");
    public static final Problem ROLE_TOO_LOW = Problem.of("org.rule.role-too-low");
    public static final Problem CHANGED_MEANWHILE = Problem.of("org.rule.changed-meanwhile");
    public static final Problem NAME_MISMATCH = Problem.of("org.rule.name-mismatch");
    public static final Problem NOT_YOURSELF = Problem.of("org.rule.not-yourself");
    /** The path of the organizations' pages: the list, and {@code /organizations/<slug>} for each. */
    public static final String PAGES = "organizations";

    /** The longest name an organization may have. */
    public static final int NAME_MAX = OrganizationNames.MAX;

    public static final Problem TOO_MANY_CREATED = Problem.of("org.rule.too-many-created");
    static final int SLUG_ATTEMPTS = 20;
    static final int CREATED_PER_HOUR = 10;

    /** One of the person's organizations, and whether it is the one they work in now. */
    public record Mine(String id, String name, String slug, OrganizationRole role, boolean current) {}

    /** A member as the member list shows them. */
    public record Member(String username, OrganizationRole role, Instant since) {}

    /** An organization as administrators see it in the list of all. */
    public record Summary(String id, String name, String slug, Instant createdAt, String createdBy, long members) {}

    private final OrganizationStore organizations;
    private final MembershipStore memberships;
    private final InvitationStore invitations;
    private final ApplicationEventPublisher events;
    private final RateLimits rateLimits;
    private final Clock clock;

    Organizations(
            OrganizationStore organizations,
            MembershipStore memberships,
            InvitationStore invitations,
            ApplicationEventPublisher events,
            RateLimits rateLimits,
            Clock clock) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.events = events;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** The person's organizations, the current one first. */
    public List<Mine> mine(String username) {
        var theirs = memberships.ofPerson(username);
        var byId = organizations
                .byIds(theirs.stream().map(Membership::organizationId).toList())
                .stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        var first = true;
        var mine = new ArrayList<Mine>();
        for (var membership : theirs) {
            var organization = byId.get(membership.organizationId());
            // A membership whose organization was deleted a moment ago is no organization of theirs.
            if (organization != null) {
                mine.add(new Mine(
                        organization.id(), organization.name(), organization.slug(), membership.role(), first));
                first = false;
            }
        }
        return mine;
    }

    /**
     * A new organization with the person as its owner, made their current one. Its address is made from the name
     * ("Acme" → acme, or acme-2 when taken; see {@link OrganizationNames#variant}). At most {@value
     * #CREATED_PER_HOUR} an hour per person.
     *
     * @throws RefusedInputException on the name field
     */
    public OrganizationContext create(String username, String name) {
        RefusedInputException.refuseIf(RefusedInputException.Field.NAME, OrganizationNames.problem(name));
        if (!rateLimits.allow("org-created:" + UserKeys.username(username), CREATED_PER_HOUR, Duration.ofHours(1))) {
            throw new RefusedInputException(RefusedInputException.Field.NAME, TOO_MANY_CREATED);
        }
        var clean = OrganizationNames.clean(name);
        var slug = OrganizationNames.slug(clean);
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            var stored = organizations.insert(
                    new Organization(null, clean, OrganizationNames.variant(slug, attempt), clock.instant(), username));
            if (stored.isPresent()) {
                var organization = stored.get();
                memberships.add(organization.id(), username, OrganizationRole.OWNER);
                memberships.choose(organization.id(), username);
                events.publishEvent(new OrganizationEvents.Created(username, organization.label()));
                return context(organization, OrganizationRole.OWNER, username);
            }
        }
        throw new IllegalStateException("No free address near " + slug);
    }

    /** The organization at {@code slug} as the person sees it, with their role; "not found" unless a member. */
    public OrganizationContext open(String slug, String username) {
        var organization = organizations.bySlug(slug).orElseThrow(NothingHereException::new);
        return context(organization.id(), username);
    }

    /** The organization with the person's role in it, read now; "not found" unless a member. */
    OrganizationContext context(String organizationId, String username) {
        var membership = memberships.find(organizationId, username).orElseThrow(NothingHereException::new);
        return contextOf(membership, username).orElseThrow(NothingHereException::new);
    }

    /** The organization of a membership just read, with its role; empty when it was deleted a moment ago. */
    Optional<OrganizationContext> contextOf(Membership membership, String username) {
        return organizations
                .byId(membership.organizationId())
                .map(organization -> context(organization, membership.role(), username));
    }

    /** The organization with {@code id}, if it still exists: for an invitation to it. */
    Optional<Organization> find(String id) {
        return organizations.byId(id);
    }

    boolean isMember(String organizationId, String username) {
        return memberships.find(organizationId, username).isPresent();
    }

    /**
     * Makes the person a member with {@code role} (an invitation accepted) and it their current organization;
     * empty when the organization was deleted meanwhile. One who is a member already stays as they are.
     */
    Optional<Organization> admit(String organizationId, String username, OrganizationRole role) {
        var organization = organizations.byId(organizationId);
        organization.ifPresent(joined -> {
            if (memberships.add(joined.id(), username, role)) {
                memberships.choose(joined.id(), username);
                events.publishEvent(
                        new OrganizationEvents.Joined(username, joined.label(), joined.name(), joined.slug()));
            }
        });
        return organization;
    }

    /** Members see who else is in the organization, owners first. */
    public List<Member> members(String organizationId, String username) {
        context(organizationId, username);
        return memberships.ofOrganization(organizationId).stream()
                .map(membership -> new Member(membership.username(), membership.role(), membership.since()))
                .sorted(Comparator.comparing(Member::role)
                        .thenComparing(Member::since)
                        .thenComparing(Member::username))
                .toList();
    }

    /**
     * Gives a member another role. Owners and admins manage members; only owners make or unmake owners.
     *
     * @throws OrganizationRefusedException when the actor's role is too low, or it would leave no owner
     */
    public void changeRole(String actor, String organizationId, String member, OrganizationRole role) {
        var context = context(organizationId, actor);
        var target = memberships.find(organizationId, member).orElseThrow(NothingHereException::new);
        if (!context.role().mayManage(target.role()) || !context.role().mayGive(Objects.requireNonNull(role))) {
            throw new OrganizationRefusedException(ROLE_TOO_LOW);
        }
        if (target.role() == role) {
            return;
        }
        setRole(organizationId, target, role);
        events.publishEvent(new OrganizationEvents.RoleChanged(
                target.username(), actor, context.label(), context.name(), context.slug()));
    }

    /** Removes a member; an owner only by another owner, never the last one. Removing oneself is leaving. */
    public void remove(String actor, String organizationId, String member) {
        var context = context(organizationId, actor);
        var target = memberships.find(organizationId, member).orElseThrow(NothingHereException::new);
        if (target.usernameKey().equals(membershipKey(actor))) {
            leave(actor, organizationId);
            return;
        }
        if (!context.role().mayManage(target.role())) {
            throw new OrganizationRefusedException(ROLE_TOO_LOW);
        }
        if (target.role() == OrganizationRole.OWNER) {
            setRole(organizationId, target, OrganizationRole.MEMBER);
        }
        if (memberships.remove(organizationId, target.username())) {
            events.publishEvent(
                    new OrganizationEvents.MemberRemoved(target.username(), actor, context.label(), context.name()));
        }
    }

    /** The person leaves; the last owner hands the organization over first. */
    public void leave(String username, String organizationId) {
        var context = context(organizationId, username);
        var membership = memberships.find(organizationId, username).orElseThrow(NothingHereException::new);
        if (membership.role() == OrganizationRole.OWNER) {
            setRole(organizationId, membership, OrganizationRole.MEMBER);
        }
        if (memberships.remove(organizationId, username)) {
            events.publishEvent(new OrganizationEvents.Left(username, context.label()));
        }
    }

    /** An owner makes another member the owner and becomes an admin. */
    public void handOver(String actor, String organizationId, String member) {
        var context = context(organizationId, actor);
        if (context.role() != OrganizationRole.OWNER) {
            throw new OrganizationRefusedException(ROLE_TOO_LOW);
        }
        var target = memberships.find(organizationId, member).orElseThrow(NothingHereException::new);
        if (target.usernameKey().equals(membershipKey(actor))) {
            throw new OrganizationRefusedException(NOT_YOURSELF);
        }
        if (target.role() != OrganizationRole.OWNER) {
            setRole(organizationId, target, OrganizationRole.OWNER);
            events.publishEvent(new OrganizationEvents.RoleChanged(
                    target.username(), actor, context.label(), context.name(), context.slug()));
        }
        var own = memberships.find(organizationId, actor).orElseThrow(NothingHereException::new);
        setRole(organizationId, own, OrganizationRole.ADMIN);
        events.publishEvent(
                new OrganizationEvents.RoleChanged(actor, actor, context.label(), context.name(), context.slug()));
    }

    /** Owners rename it; its address stays, so links keep working. */
    public void rename(String actor, String organizationId, String name) {
        var context = context(organizationId, actor);
        if (context.role() != OrganizationRole.OWNER) {
            throw new OrganizationRefusedException(ROLE_TOO_LOW);
        }
        RefusedInputException.refuseIf(RefusedInputException.Field.NAME, OrganizationNames.problem(name));
        var clean = OrganizationNames.clean(name);
        if (organizations.rename(organizationId, clean)) {
            events.publishEvent(new OrganizationEvents.Renamed(actor, Organization.label(clean, context.slug())));
        }
    }

    /**
     * Owners delete it, typing its name to confirm: its memberships and invitations go with it, each member is
     * told, and the features that keep its documents delete them ({@link OrganizationEvents.Deleted}).
     */
    public void delete(String actor, String organizationId, String typedName) {
        var context = context(organizationId, actor);
        if (context.role() != OrganizationRole.OWNER) {
            throw new OrganizationRefusedException(ROLE_TOO_LOW);
        }
        if (typedName == null || !OrganizationNames.clean(typedName).equals(context.name())) {
            throw new RefusedInputException(RefusedInputException.Field.NAME, NAME_MISMATCH);
        }
        deleteWholly(context, actor);
    }

    private void deleteWholly(OrganizationContext context, String actor) {
        var members = memberships.ofOrganization(context.organizationId());
        // The organization goes first: what remains of it if the instance dies now is found by no one.
        organizations.delete(context.organizationId());
        invitations.removeAll(context.organizationId());
        memberships.removeAll(context.organizationId());
        events.publishEvent(new OrganizationEvents.Deleted(actor, context.label(), context.organizationId()));
        for (var member : members) {
            if (!member.usernameKey().equals(membershipKey(actor))) {
                events.publishEvent(new OrganizationEvents.MemberRemoved(
                        member.username(), actor, context.label(), context.name()));
            }
        }
    }

    /** Makes it the organization the person works in now (the frame's switcher). */
    public void choose(String username, String organizationId) {
        if (!memberships.choose(organizationId, username)) {
            throw new NothingHereException();
        }
    }

    /** Every organization with its number of members, newest first, for administrators. */
    public Slice<Summary> all(Pageable pageable) {
        return organizations
                .all(pageable)
                .map(organization -> new Summary(
                        organization.id(),
                        organization.name(),
                        organization.slug(),
                        organization.createdAt(),
                        organization.createdBy(),
                        memberships.count(organization.id())));
    }

    /**
     * A deleted account leaves its organizations. Where it was the last owner, the longest-standing admin (else
     * member) becomes owner and is told; an organization left without members is deleted. The owner steps down
     * first and the owners are counted after, as in {@link #setRole}, so another owner leaving at the same moment
     * cannot leave the organization without one.
     */
    @EventListener
    void onAccountDeleted(AccountEvents.AccountDeleted deleted) {
        var username = deleted.username();
        for (var membership : memberships.ofPerson(username)) {
            var organization = organizations.byId(membership.organizationId());
            if (organization.isPresent() && membership.role() == OrganizationRole.OWNER) {
                var context = context(organization.get(), membership.role(), username);
                memberships.changeRole(
                        context.organizationId(), username, OrganizationRole.OWNER, OrganizationRole.MEMBER);
                if (memberships.owners(context.organizationId()) == 0 && !passOn(context)) {
                    deleteWholly(context, username);
                    continue;
                }
            }
            memberships.remove(membership.organizationId(), username);
        }
    }

    /** Makes the longest-standing admin, else member, the owner of what {@code context.username()} leaves. */
    private boolean passOn(OrganizationContext context) {
        var leaving = UserKeys.username(context.username());
        var heirs = memberships.ofOrganization(context.organizationId()).stream()
                .filter(other -> !other.usernameKey().equals(leaving))
                .sorted(Comparator.comparing(Membership::role).thenComparing(Membership::since))
                .toList();
        for (var heir : heirs) {
            if (heir.role() == OrganizationRole.OWNER) {
                return true;
            }
            if (memberships.changeRole(
                    context.organizationId(), heir.username(), heir.role(), OrganizationRole.OWNER)) {
                events.publishEvent(new OrganizationEvents.RoleChanged(
                        heir.username(), context.username(), context.label(), context.name(), context.slug()));
                return true;
            }
        }
        return false;
    }

    /**
     * Sets a member's role; when an owner's is lowered and no owner is left afterwards (two owners stepping down at
     * once), it is set back and refused: the organization is never without an owner for longer than that.
     */
    private void setRole(String organizationId, Membership target, OrganizationRole role) {
        if (!memberships.changeRole(organizationId, target.username(), target.role(), role)) {
            throw new OrganizationRefusedException(CHANGED_MEANWHILE);
        }
        if (target.role() == OrganizationRole.OWNER && memberships.owners(organizationId) == 0) {
            memberships.changeRole(organizationId, target.username(), role, OrganizationRole.OWNER);
            throw new OrganizationRefusedException(LAST_OWNER);
        }
    }

    private static OrganizationContext context(Organization organization, OrganizationRole role, String username) {
        return new OrganizationContext(organization.id(), organization.name(), organization.slug(), role, username);
    }

    private static String membershipKey(String username) {
        return UserKeys.username(username);
    }
}
