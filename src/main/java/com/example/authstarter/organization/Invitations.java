package com.example.authstarter.organization;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RateLimits;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.outbox.Outbox;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.RegistrationRules;
import com.example.authstarter.user.UserKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Invitations to organizations. Owners and admins invite an address with a role; the mail, sent through the
 * outbox, carries a link valid {@value #VALID_DAYS} days whose token is stored only as a hash. The person opens it,
 * signs in or signs up with that address, and accepts or declines; a person signed in with a verified address
 * also finds the invitations to it on the organizations page. An invitation is answered once: accepting,
 * declining and revoking take it away in one step, so a link used, replaced or revoked opens nothing.
 */
@Service
public class Invitations {

    /** The page a mail's link opens: {@code /invitation?token=…}. */
    public static final String ROUTE = "invitation";

    static final int VALID_DAYS = 7;
    static final Duration VALID = Duration.ofDays(VALID_DAYS);
    static final int PER_ADDRESS_PER_HOUR = 3;
    static final int PER_ORGANIZATION_PER_HOUR = 20;

    public static final Problem ALREADY_MEMBER = Problem.of("org.invite.already-member");
    public static final Problem ALREADY_INVITED = Problem.of("org.invite.already-invited");
    public static final Problem TOO_MANY = Problem.of("org.invite.too-many");
    public static final Problem NO_LONGER_VALID = Problem.of("org.invite.no-longer-valid");

    /** An invitation as the person invited sees it. */
    public record Offer(
            String id, String organization, String email, OrganizationRole role, String invitedBy, Instant expiresAt) {}

    /** A waiting invitation as the organization's managers see it. */
    public record Pending(String id, String email, OrganizationRole role, String invitedBy, Instant expiresAt) {}

    private final Organizations organizations;
    private final InvitationStore invitations;
    private final AccountCredentials accounts;
    private final RateLimits rateLimits;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            Organizations organizations,
            InvitationStore invitations,
            AccountCredentials accounts,
            RateLimits rateLimits,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organizations = organizations;
        this.invitations = invitations;
        this.accounts = accounts;
        this.rateLimits = rateLimits;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites {@code email} with {@code role}; admins invite admins and members, owners anyone.
     *
     * @param language the inviter's, for the mail unless the address has an account (then its own)
     * @throws RefusedInputException on the email field: not an address, a member already, invited already, or too
     *     many invitations for now
     */
    public void invite(String actor, String organizationId, String email, OrganizationRole role, Locale language) {
        var context = organizations.context(organizationId, actor);
        refuseUnlessMayInvite(context, role);
        RefusedInputException.refuseIf(RefusedInputException.Field.EMAIL, RegistrationRules.emailProblem(email));
        var address = UserKeys.clean(email);
        var key = UserKeys.email(address);
        var account = accounts.of(address)
                .filter(found -> UserKeys.email(found.email()).equals(key));
        if (account.isPresent()
                && organizations.isMember(organizationId, account.get().username())) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, ALREADY_MEMBER);
        }
        // An expired invitation nobody answered makes way; a waiting one is refused before any limit is counted.
        invitations.removeExpired(organizationId, key);
        if (invitations.isWaiting(organizationId, key)) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, ALREADY_INVITED);
        }
        refuseBeyondLimits(organizationId, key);
        var now = clock.instant();
        var invitation = new Invitation(
                null,
                organizationId,
                address,
                key,
                role,
                actor,
                language.toLanguageTag(),
                now,
                // No link yet: the mail makes it. A hash of a token never sent holds the place meanwhile.
                OneTimeTokens.hash(OneTimeTokens.newToken()),
                now.plus(VALID));
        var stored = invitations
                .insert(invitation)
                .orElseThrow(() -> new RefusedInputException(RefusedInputException.Field.EMAIL, ALREADY_INVITED));
        send(stored);
        events.publishEvent(new OrganizationEvents.Invited(actor, context.label()));
    }

    /** Sends the invitation again with a new link (the earlier one stops working) and seven days more. */
    public void resend(String actor, String organizationId, String invitationId) {
        var invitation = managed(organizations.context(organizationId, actor), invitationId);
        if (!rateLimits.allow(addressKey(invitation.emailKey()), PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            throw new OrganizationRefusedException(TOO_MANY);
        }
        send(invitation);
    }

    /** Takes a waiting invitation back: its link opens nothing any more. */
    public void revoke(String actor, String organizationId, String invitationId) {
        var context = organizations.context(organizationId, actor);
        managed(context, invitationId);
        invitations.take(invitationId, organizationId).orElseThrow(NothingHereException::new);
        events.publishEvent(new OrganizationEvents.InvitationRevoked(actor, context.label()));
    }

    /**
     * The organization's waiting invitation with {@code invitationId}, which the actor may send: "not found" for
     * another organization's; refused for an admin and an owner's invitation (who may not send it may not resend or
     * revoke it either).
     */
    private Invitation managed(OrganizationContext context, String invitationId) {
        var invitation = invitations
                .byId(invitationId)
                .filter(found -> found.organizationId().equals(context.organizationId()))
                .orElseThrow(NothingHereException::new);
        refuseUnlessMayInvite(context, invitation.role());
        return invitation;
    }

    /** The organization's waiting invitations, for its owners and admins. */
    public List<Pending> pending(String organizationId, String actor) {
        var context = organizations.context(organizationId, actor);
        if (!context.role().manages()) {
            throw new OrganizationRefusedException(Organizations.ROLE_TOO_LOW);
        }
        return invitations.ofOrganization(organizationId).stream()
                .map(invitation -> new Pending(
                        invitation.id(),
                        invitation.email(),
                        invitation.role(),
                        invitation.invitedBy(),
                        invitation.expiresAt()))
                .toList();
    }

    /** What a link invites to, while it is valid; nothing is used up. */
    public Optional<Offer> peek(String token) {
        return byToken(token).flatMap(this::offer);
    }

    /**
     * Accepts by the link. The person must be signed in with the address it was sent to; the link then proves that
     * address too (it is marked verified).
     *
     * @return the organization's address (slug)
     * @throws OrganizationRefusedException when the link is no longer valid or was sent to another address
     */
    public String accept(String token, String username) {
        var invitation = byToken(token).orElseThrow(() -> new OrganizationRefusedException(NO_LONGER_VALID));
        var account = addressee(invitation, username);
        // By the link itself: a link replaced by a resent one a moment ago does not open it.
        var slug = join(invitations.takeByLink(OneTimeTokens.hash(token)), account.username());
        if (!account.emailVerified()) {
            accounts.emailProven(account.username(), account.email());
        }
        return slug;
    }

    /** Declines by the link, signed in with the address it was sent to. */
    public void decline(String token, String username) {
        var invitation = byToken(token).orElseThrow(() -> new OrganizationRefusedException(NO_LONGER_VALID));
        addressee(invitation, username);
        declineNow(invitations.takeByLink(OneTimeTokens.hash(token)), username);
    }

    /** The invitations waiting for the person's address, once it is verified. */
    public List<Offer> waitingFor(String username) {
        var account = accounts.of(username);
        if (account.isEmpty() || !account.get().emailVerified()) {
            return List.of();
        }
        return invitations.forAddress(UserKeys.email(account.get().email())).stream()
                .flatMap(invitation -> offer(invitation).stream())
                .toList();
    }

    /** Accepts one of the invitations waiting for the person's verified address; returns the organization's slug. */
    public String acceptWaiting(String invitationId, String username) {
        var invitation = waiting(invitationId, username);
        return join(invitations.take(invitation.id()), username);
    }

    public void declineWaiting(String invitationId, String username) {
        var invitation = waiting(invitationId, username);
        declineNow(invitations.take(invitation.id()), username);
    }

    private Invitation waiting(String invitationId, String username) {
        var invitation = invitations.byId(invitationId).orElseThrow(NothingHereException::new);
        var account = accounts.of(username).orElseThrow(NothingHereException::new);
        // Another address's invitation is not there for this person, whatever id they send.
        if (!account.emailVerified() || !UserKeys.email(account.email()).equals(invitation.emailKey())) {
            throw new NothingHereException();
        }
        return invitation;
    }

    /** Admits the person by the invitation just taken away; empty when another answer took it first. */
    private String join(Optional<Invitation> taken, String username) {
        var invitation = taken.orElseThrow(() -> new OrganizationRefusedException(NO_LONGER_VALID));
        return organizations
                .admit(invitation.organizationId(), username, invitation.role())
                .map(Organization::slug)
                .orElseThrow(() -> new OrganizationRefusedException(NO_LONGER_VALID));
    }

    private void declineNow(Optional<Invitation> taken, String username) {
        var invitation = taken.orElseThrow(() -> new OrganizationRefusedException(NO_LONGER_VALID));
        organizations
                .find(invitation.organizationId())
                .ifPresent(organization ->
                        events.publishEvent(new OrganizationEvents.InvitationDeclined(username, organization.label())));
    }

    /** The signed-in account, if the invitation was sent to its address; else refused, naming the address. */
    private Credentials addressee(Invitation invitation, String username) {
        var account = accounts.of(username).orElseThrow(NothingHereException::new);
        if (!UserKeys.email(account.email()).equals(invitation.emailKey())) {
            throw new OrganizationRefusedException(Problem.of("org.invite.wrong-person", invitation.email()));
        }
        return account;
    }

    private Optional<Invitation> byToken(String token) {
        if (!OneTimeTokens.plausible(token)) {
            return Optional.empty();
        }
        return invitations.byTokenHash(OneTimeTokens.hash(token));
    }

    private Optional<Offer> offer(Invitation invitation) {
        return organizations
                .find(invitation.organizationId())
                .map(organization -> new Offer(
                        invitation.id(),
                        organization.name(),
                        invitation.email(),
                        invitation.role(),
                        invitation.invitedBy(),
                        invitation.expiresAt()));
    }

    private void send(Invitation invitation) {
        outbox.enqueue(InvitationMail.KIND, Map.of(InvitationMail.INVITATION, invitation.id()));
    }

    /** The path and query of an invitation's link, which opens {@code ui/InvitationView}. */
    public static String linkPath(String token) {
        return "/" + ROUTE + "?" + OneTimeTokens.PARAMETER + "=" + token;
    }

    private static void refuseUnlessMayInvite(OrganizationContext context, OrganizationRole role) {
        if (!context.role().mayGive(Objects.requireNonNull(role))) {
            throw new OrganizationRefusedException(Organizations.ROLE_TOO_LOW);
        }
    }

    /** Like the other mails, invitations are limited: per address, and per organization. */
    private void refuseBeyondLimits(String organizationId, String emailKey) {
        var hour = Duration.ofHours(1);
        if (!rateLimits.allow("org-invitations:" + organizationId, PER_ORGANIZATION_PER_HOUR, hour)
                || !rateLimits.allow(addressKey(emailKey), PER_ADDRESS_PER_HOUR, hour)) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, TOO_MANY);
        }
    }

    private static String addressKey(String emailKey) {
        return "org-invitation-mail:" + emailKey;
    }
}
