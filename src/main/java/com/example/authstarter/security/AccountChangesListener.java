package com.example.authstarter.security;

import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps sign-ins in step with account changes: who changed their password or lost a role is signed out. */
@Component
class AccountChangesListener {

    private final SignIns signIns;
    private final LoginThrottle throttle;

    AccountChangesListener(SignIns signIns, LoginThrottle throttle) {
        this.signIns = signIns;
        this.throttle = throttle;
    }

    @EventListener
    void onPasswordChanged(AccountEvents.PasswordChanged event) {
        signIns.signOutEverywhereElse(event.username(), event.keepSessionId(), SessionEndReason.PASSWORD_CHANGED);
    }

    /** A reset means someone lost the password, or had it taken: nowhere stays signed in, and no wait stays. */
    @EventListener
    void onPasswordReset(AccountEvents.PasswordReset event) {
        signIns.signOutEverywhereElse(event.username(), null, SessionEndReason.PASSWORD_RESET);
        throttle.reset(UserKeys.username(event.username()));
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        signIns.signOutEverywhereElse(event.username(), null, SessionEndReason.ACCOUNT_DELETED);
    }

    @EventListener
    void onLocked(AccountEvents.AccountLocked event) {
        signIns.signOutEverywhereElse(event.username(), null, SessionEndReason.ACCOUNT_LOCKED);
    }

    @EventListener
    void onRolesChanged(AccountEvents.RolesChanged event) {
        // Sessions hold the roles they signed in with; the next sign-in picks up the new ones.
        signIns.endSessions(event.username(), SessionEndReason.ROLES_CHANGED);
    }

    @EventListener
    void onUnlocked(AccountEvents.AccountUnlocked event) {
        throttle.reset(UserKeys.username(event.username()));
    }
}
