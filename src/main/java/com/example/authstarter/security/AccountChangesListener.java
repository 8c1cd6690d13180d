package com.example.authstarter.security;

import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps sign-ins in step with account changes: who changed their password or lost a role is signed out. */
@Component
class AccountChangesListener {

    private final SessionTracker sessions;
    private final MongoRememberMeTokens devices;
    private final LoginThrottle throttle;

    AccountChangesListener(SessionTracker sessions, MongoRememberMeTokens devices, LoginThrottle throttle) {
        this.sessions = sessions;
        this.devices = devices;
        this.throttle = throttle;
    }

    @EventListener
    void onPasswordChanged(AccountEvents.PasswordChanged event) {
        devices.removeUserTokens(event.username());
        sessions.endAllExcept(event.username(), event.keepSessionId());
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        devices.removeUserTokens(event.username());
        sessions.endAllExcept(event.username(), null);
    }

    @EventListener
    void onLocked(AccountEvents.AccountLocked event) {
        devices.removeUserTokens(event.username());
        sessions.endAllExcept(event.username(), null);
    }

    @EventListener
    void onRolesChanged(AccountEvents.RolesChanged event) {
        // Sessions hold the roles they signed in with; the next sign-in picks up the new ones.
        sessions.endAllExcept(event.username(), null);
    }

    @EventListener
    void onUnlocked(AccountEvents.AccountUnlocked event) {
        throttle.reset(UserKeys.username(event.username()));
    }
}
