package com.example.authstarter.sessions;

import com.example.authstarter.user.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps sign-ins in step with account changes: who changed their password or lost a role is signed out. */
@Component
class EndSessionsOnAccountChanges {

    private final Sessions sessions;

    EndSessionsOnAccountChanges(Sessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void onPasswordChanged(AccountEvents.PasswordChanged event) {
        sessions.signOutEverywhereElse(event.username(), event.keepSessionId(), SessionEndReason.PASSWORD_CHANGED);
    }

    /** A reset means someone lost the password, or had it taken: nowhere stays signed in. */
    @EventListener
    void onPasswordReset(AccountEvents.PasswordReset event) {
        sessions.signOutEverywhereElse(event.username(), null, SessionEndReason.PASSWORD_RESET);
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        sessions.signOutEverywhereElse(event.username(), null, SessionEndReason.ACCOUNT_DELETED);
    }

    @EventListener
    void onLocked(AccountEvents.AccountLocked event) {
        sessions.signOutEverywhereElse(event.username(), null, SessionEndReason.ACCOUNT_LOCKED);
    }

    @EventListener
    void onRolesChanged(AccountEvents.RolesChanged event) {
        // Sessions hold the roles they signed in with; the next sign-in picks up the new ones.
        sessions.endSessions(event.username(), SessionEndReason.ROLES_CHANGED);
    }
}
