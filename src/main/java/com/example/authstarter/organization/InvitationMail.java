package com.example.authstarter.organization;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.UserKeys;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation's mail. The link's token is made here, as the mail is written, so it never rests in the
 * outbox; only its hash is stored, replacing the previous link's, with seven days from now. The mail is in the
 * language of the address's account, if it has one, else in the inviter's.
 */
@Component
class InvitationMail implements OutboxHandler {

    static final String KIND = "organization-invitation";
    static final String INVITATION = "invitation";

    private final InvitationStore invitations;
    private final OrganizationStore organizations;
    private final AccountCredentials accounts;
    private final Mailer mailer;
    private final PublicUrl publicUrl;
    private final Clock clock;

    InvitationMail(
            InvitationStore invitations,
            OrganizationStore organizations,
            AccountCredentials accounts,
            Mailer mailer,
            PublicUrl publicUrl,
            Clock clock) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> payload) {
        // Revoked or answered since it was queued: nothing to send.
        var found = invitations.byId(payload.get(INVITATION));
        if (found.isEmpty()) {
            return;
        }
        var invitation = found.get();
        var organization = organizations.byId(invitation.organizationId());
        if (organization.isEmpty()) {
            return;
        }
        var token = OneTimeTokens.newToken();
        if (!invitations.newLink(
                invitation.id(), OneTimeTokens.hash(token), clock.instant().plus(Invitations.VALID))) {
            return;
        }
        var language = accounts.of(invitation.email())
                .filter(account -> UserKeys.email(account.email()).equals(invitation.emailKey()))
                .map(Credentials::language)
                .orElse(invitation.locale());
        mailer.deliver(Letter.of(
                        invitation.email(),
                        language,
                        KIND,
                        invitation.invitedBy(),
                        organization.get().name(),
                        Invitations.VALID_DAYS)
                .withLink(publicUrl.of(Invitations.linkPath(token))));
    }
}
