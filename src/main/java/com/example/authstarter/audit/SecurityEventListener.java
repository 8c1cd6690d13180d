package com.example.authstarter.audit;

import com.example.authstarter.base.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns what is announced into audit events: every feature's facts ({@link AuditedEvent}), and Spring Security's
 * sign-ins, refusals and sign-outs.
 */
@Component
class SecurityEventListener {

    private final AuditLog audit;

    SecurityEventListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuditedEvent fact) {
        if (fact.auditType() == SecurityEvent.Type.ACCOUNT_DELETED) {
            audit.forget(fact.username());
            // The deletion itself is kept, without saying whose account it was.
            audit.record(fact.auditType(), "", fact.clientAddress(), fact.actor());
            return;
        }
        audit.record(fact.auditType(), fact.username(), fact.clientAddress(), fact.actor(), fact.organization());
    }

    /** A sign-in, by how it was made (the code of a second step counts as a sign-in with a password). */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        SecurityEvent.Type type;
        if (authentication instanceof RememberMeAuthenticationToken) {
            type = SecurityEvent.Type.REMEMBER_ME_LOGIN;
        } else if (authentication instanceof OneTimeTokenAuthentication) {
            type = SecurityEvent.Type.SIGN_IN_LINK_LOGIN;
        } else if (provedBy(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)) {
            type = SecurityEvent.Type.PASSKEY_LOGIN;
        } else if (provedBy(authentication, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)) {
            type = SecurityEvent.Type.EXTERNAL_LOGIN;
        } else {
            type = SecurityEvent.Type.LOGIN_SUCCESS;
        }
        audit.record(type, authentication.getName(), ClientAddress.of(authentication));
    }

    private static boolean provedBy(Authentication authentication, String factor) {
        return authentication.getAuthorities().stream().anyMatch(authority -> factor.equals(authority.getAuthority()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // Not an attempt of its own: after a refusal by one of the chain's own checks (a provider's sign-in, a
            // link), Spring asks the password manager too, which has no check for it and says so. It named no one.
            return;
        }
        var authentication = event.getAuthentication();
        // Disabled comes only after a right password: the sign-in waits for the address to be verified.
        var type = event.getException() instanceof DisabledException
                ? SecurityEvent.Type.SIGN_IN_UNVERIFIED
                : SecurityEvent.Type.LOGIN_FAILURE;
        audit.record(type, authentication.getName(), ClientAddress.of(authentication));
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        var authentication = event.getAuthentication();
        audit.record(SecurityEvent.Type.LOGOUT, authentication.getName(), ClientAddress.of(authentication));
    }
}
