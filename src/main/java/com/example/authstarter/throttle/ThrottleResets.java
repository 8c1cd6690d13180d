package com.example.authstarter.throttle;

import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets an account's failed sign-ins when the account is set right: a reset password (someone lost it, or had
 * it taken, and proved the mailbox) or an administrator's unlock.
 */
@Component
class ThrottleResets {

    private final SignInThrottle throttle;

    ThrottleResets(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onPasswordReset(AccountEvents.PasswordReset event) {
        throttle.reset(UserKeys.username(event.username()));
    }

    @EventListener
    void onUnlocked(AccountEvents.AccountUnlocked event) {
        throttle.reset(UserKeys.username(event.username()));
    }
}
