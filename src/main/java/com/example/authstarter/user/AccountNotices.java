package com.example.authstarter.user;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.Outbox;
import com.example.authstarter.outbox.OutboxHandler;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people by mail when something security-relevant happened to their account: a new password, a
 * requested change of address (to the old one), a lock after failed sign-ins, the administrator role given
 * or taken, a copied "keep me signed in" cookie, two-step sign-in and passkeys changed. A notice holds no secret, so it is written when the event happens and sent through the outbox.
 */
@Component
class AccountNotices implements OutboxHandler {

    static final String KIND = "notice";
    private static final String TO = "to";
    private static final String LANGUAGE = "language";
    private static final String NOTICE = "notice";
    private static final String USERNAME = "username";

    private final UserRepository users;
    private final Outbox outbox;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    AccountNotices(UserRepository users, Outbox outbox, Mailer mailer, PublicUrl publicUrl) {
        this.users = users;
        this.outbox = outbox;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void onPasswordChanged(AccountEvents.PasswordChanged event) {
        notify(event.username(), "notice-password-changed");
    }

    @EventListener
    void onPasswordReset(AccountEvents.PasswordReset event) {
        notify(event.username(), "notice-password-changed");
    }

    @EventListener
    void onEmailChangeRequested(AccountEvents.EmailChangeRequested event) {
        users.findByUsernameKey(UserKeys.username(event.username()))
                .ifPresent(user -> enqueue(event.oldEmail(), user, "notice-email-change"));
    }

    @EventListener
    void onLockedOut(AccountEvents.LockedOut event) {
        notify(event.username(), "notice-locked-out");
    }

    @EventListener
    void onRememberedCookieReused(AccountEvents.RememberedCookieReused event) {
        notify(event.username(), "notice-cookie-reused");
    }

    @EventListener
    void onTwoStepOn(AccountEvents.TwoStepTurnedOn event) {
        notify(event.username(), "notice-two-step-on");
    }

    /** Turned off by someone with the password only: the owner must hear of it. */
    @EventListener
    void onTwoStepOff(AccountEvents.TwoStepTurnedOff event) {
        notify(event.username(), "notice-two-step-off");
    }

    @EventListener
    void onRecoveryCodeUsed(AccountEvents.RecoveryCodeUsed event) {
        notify(event.username(), "notice-recovery-code-used");
    }

    @EventListener
    void onPasskeyAdded(AccountEvents.PasskeyAdded event) {
        notify(event.username(), "notice-passkey-added");
    }

    @EventListener
    void onPasskeyRemoved(AccountEvents.PasskeyRemoved event) {
        notify(event.username(), "notice-passkey-removed");
    }

    @EventListener
    void onRolesChanged(AccountEvents.RolesChanged event) {
        notify(event.username(), event.admin() ? "notice-admin-granted" : "notice-admin-removed");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> payload) {
        var notice = payload.get(NOTICE);
        var letter =
                Letter.of(payload.get(TO), Locale.forLanguageTag(payload.get(LANGUAGE)), notice, payload.get(USERNAME));
        // A locked-out account is shown the way back in; one whose cookie was copied, the way to a new password.
        mailer.deliver(
                notice.equals("notice-locked-out") || notice.equals("notice-cookie-reused")
                        ? letter.withLink(publicUrl.of("/forgot-password"))
                        : letter);
    }

    private void notify(String username, String notice) {
        users.findByUsernameKey(UserKeys.username(username)).ifPresent(user -> enqueue(user.email(), user, notice));
    }

    private void enqueue(String to, User user, String notice) {
        outbox.enqueue(
                KIND,
                Map.of(TO, to, LANGUAGE, user.locale().toLanguageTag(), NOTICE, notice, USERNAME, user.username()));
    }
}
