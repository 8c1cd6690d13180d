package com.example.authstarter.audit;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.security.AccountLockedOut;
import com.example.authstarter.security.LoginThrottled;
import com.example.authstarter.security.SessionsEndedByAdmin;
import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns what Spring Security and the app announce into audit events. */
@Component
class SecurityEventListener {

    private final AuditLog audit;

    SecurityEventListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        var type = switch (authentication) {
            case RememberMeAuthenticationToken remembered -> SecurityEvent.Type.REMEMBER_ME_LOGIN;
            case OneTimeTokenAuthentication link -> SecurityEvent.Type.SIGN_IN_LINK_LOGIN;
            case Authentication passkey when byPasskey(passkey) -> SecurityEvent.Type.PASSKEY_LOGIN;
            default -> SecurityEvent.Type.LOGIN_SUCCESS;
        };
        audit.record(type, authentication.getName(), ClientAddress.of(authentication));
    }

    private static boolean byPasskey(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        // Disabled comes only after a right password: the sign-in waits for the address to be verified.
        var type = event.getException() instanceof DisabledException
                ? SecurityEvent.Type.SIGN_IN_UNVERIFIED
                : SecurityEvent.Type.LOGIN_FAILURE;
        audit.record(type, authentication.getName(), ClientAddress.of(authentication));
    }

    @EventListener
    void onThrottled(LoginThrottled event) {
        audit.record(SecurityEvent.Type.LOGIN_THROTTLED, event.username(), event.clientAddress());
    }

    @EventListener
    void onLockout(AccountLockedOut event) {
        audit.record(SecurityEvent.Type.LOCKOUT, event.username(), event.clientAddress());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        var authentication = event.getAuthentication();
        audit.record(SecurityEvent.Type.LOGOUT, authentication.getName(), ClientAddress.of(authentication));
    }

    @EventListener
    void onRegistration(UserRegistered event) {
        audit.record(SecurityEvent.Type.REGISTRATION, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onPasswordChanged(AccountEvents.PasswordChanged event) {
        audit.record(SecurityEvent.Type.PASSWORD_CHANGED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onPasswordReset(AccountEvents.PasswordReset event) {
        audit.record(SecurityEvent.Type.PASSWORD_RESET, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onEmailVerified(AccountEvents.EmailVerified event) {
        audit.record(SecurityEvent.Type.EMAIL_VERIFIED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onEmailChangeRequested(AccountEvents.EmailChangeRequested event) {
        audit.record(SecurityEvent.Type.EMAIL_CHANGE_REQUESTED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onEmailChanged(AccountEvents.EmailChanged event) {
        audit.record(SecurityEvent.Type.EMAIL_CHANGED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onTwoStepOn(AccountEvents.TwoStepTurnedOn event) {
        audit.record(SecurityEvent.Type.TWO_STEP_ON, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onTwoStepOff(AccountEvents.TwoStepTurnedOff event) {
        audit.record(SecurityEvent.Type.TWO_STEP_OFF, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onRecoveryCodesRenewed(AccountEvents.RecoveryCodesRenewed event) {
        audit.record(SecurityEvent.Type.RECOVERY_CODES_RENEWED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onRecoveryCodeUsed(AccountEvents.RecoveryCodeUsed event) {
        audit.record(SecurityEvent.Type.RECOVERY_CODE_USED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onPasskeyAdded(AccountEvents.PasskeyAdded event) {
        audit.record(SecurityEvent.Type.PASSKEY_ADDED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onPasskeyRemoved(AccountEvents.PasskeyRemoved event) {
        audit.record(SecurityEvent.Type.PASSKEY_REMOVED, event.username(), ClientAddress.UNKNOWN);
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        audit.forget(event.username());
        // The deletion itself is kept, without saying whose account it was.
        audit.record(SecurityEvent.Type.ACCOUNT_DELETED, "", ClientAddress.UNKNOWN);
    }

    @EventListener
    void onLockedByAdmin(AccountEvents.AccountLocked event) {
        audit.record(SecurityEvent.Type.LOCKED_BY_ADMIN, event.username(), ClientAddress.UNKNOWN, event.by());
    }

    @EventListener
    void onUnlockedByAdmin(AccountEvents.AccountUnlocked event) {
        audit.record(SecurityEvent.Type.UNLOCKED_BY_ADMIN, event.username(), ClientAddress.UNKNOWN, event.by());
    }

    @EventListener
    void onRolesChanged(AccountEvents.RolesChanged event) {
        audit.record(SecurityEvent.Type.ROLES_CHANGED, event.username(), ClientAddress.UNKNOWN, event.by());
    }

    @EventListener
    void onRememberedCookieReused(AccountEvents.RememberedCookieReused event) {
        audit.record(SecurityEvent.Type.REMEMBERED_COOKIE_REUSED, event.username(), event.clientAddress());
    }

    @EventListener
    void onSessionsEndedByAdmin(SessionsEndedByAdmin event) {
        audit.record(SecurityEvent.Type.SESSIONS_ENDED_BY_ADMIN, event.username(), ClientAddress.UNKNOWN, event.by());
    }
}
