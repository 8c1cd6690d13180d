package com.example.authstarter.external;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.signin.EmailNotVerifiedException;
import com.example.authstarter.signin.SecondStep;
import com.example.authstarter.signin.SecondStepRequiredException;
import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.SignUpService;
import com.example.authstarter.user.UserAdministration;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who an identity from another provider signs in as, by these rules:
 *
 * <ul>
 *   <li>an identity linked before signs in to its account;
 *   <li>a new one whose address no account has makes an account at once (no password; the address verified only
 *       if the provider said so) and signs in;
 *   <li>a new one whose address an account has is linked by itself only when the provider is trusted for that,
 *       said it verified the address, and the account's address is verified too. Otherwise nothing is linked: the
 *       person is told an account has that address and asked to sign in to it; once they do, in the same browser,
 *       the identity is linked ({@link PendingLink}). No second account with the address is ever made;
 *   <li>an account with two-step sign-in still asks for its code, unless the provider is trusted to have asked
 *       for a second factor and says it did ({@code amr});
 *   <li>a locked account stays locked; one whose address must be verified first is sent to verify it.
 * </ul>
 *
 * A signed-in person who went to the provider to connect it, or to confirm it is them ({@link ExternalIntent}),
 * stays signed in to their own account.
 */
@Component
class ExternalSignIn {

    private final ExternalIdentities identities;
    private final AccountCredentials accounts;
    private final SignUpService signUp;
    private final UserAdministration administration;
    private final ExternalSignInSettings settings;
    private final ObjectProvider<SecondStep> secondStep;
    private final RequiredProvider required;

    ExternalSignIn(
            ExternalIdentities identities,
            AccountCredentials accounts,
            SignUpService signUp,
            UserAdministration administration,
            ExternalSignInSettings settings,
            ObjectProvider<SecondStep> secondStep,
            RequiredProvider required) {
        this.identities = identities;
        this.accounts = accounts;
        this.signUp = signUp;
        this.administration = administration;
        this.settings = settings;
        this.secondStep = secondStep;
        this.required = required;
    }

    /**
     * The account {@code profile} signs in to, with the roles it has now.
     *
     * @throws OAuth2AuthenticationException with one of {@link ExternalFailures}' codes when the rules refuse it
     * @throws SecondStepRequiredException when the account's two-step code must follow
     */
    SignedIn signIn(ExternalProfile profile) {
        var request = currentRequest();
        var intent = ExternalIntent.takeFrom(request.getSession(false));
        if (intent != null) {
            request.setAttribute(ExternalIntent.ATTRIBUTE, intent);
            return forSignedIn(profile, intent);
        }
        var linked = identities.signedIn(profile).map(ExternalSignIn::usernameOf);
        String username;
        if (linked.isPresent()) {
            username = linked.get();
            // The account's own address decides; a new identity's was checked as its account was found or made.
            refuseIfAnotherProviderIsRequired(
                    profile, accounts.of(username).map(Credentials::email).orElse(null));
        } else {
            username = firstSignIn(profile, request);
        }
        var account = allowedIn(username);
        if (applyAdminClaim(profile, account.getUsername())) {
            account = allowedIn(username);
        }
        var second = secondStep.getIfAvailable();
        if (second != null
                && second.isRequired(account.getUsername())
                && !(settings.trustedForTwoStep().contains(profile.registrationId()) && profile.usedSecondFactor())) {
            throw new SecondStepRequiredException(account.getUsername());
        }
        return new SignedIn(
                account.getUsername(),
                SignInChecks.authorities(account, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
    }

    /** Who signed in, and what they may do. */
    record SignedIn(String username, Set<GrantedAuthority> authorities) {}

    /** A new identity: a new account, or one linked to the account with its address when the rules allow it. */
    private String firstSignIn(ExternalProfile profile, HttpServletRequest request) {
        if (!profile.hasEmail()) {
            throw refused(ExternalFailures.EMAIL_MISSING);
        }
        refuseIfAnotherProviderIsRequired(profile, profile.email());
        var existing = accounts.of(profile.email());
        if (existing.isEmpty()) {
            try {
                var username = signUp.registerExternal(
                        profile.preferredUsername(), profile.email(), profile.emailVerified(), request.getLocale());
                linkOrRefuse(profile, username);
                return username;
            } catch (RefusedInputException addressTakenMeanwhile) {
                existing = accounts.of(profile.email());
                if (existing.isEmpty()) {
                    throw refused(ExternalFailures.REFUSED);
                }
            }
        }
        var account = existing.get();
        if (mayLinkByAddress(profile, account)) {
            linkOrRefuse(profile, account.username());
            return account.username();
        }
        new PendingLink(profile.withoutClaims(), account.username()).keepIn(request.getSession());
        throw refused(ExternalFailures.ACCOUNT_EXISTS);
    }

    /** An organization's address signs in only with its own provider, never with another one. */
    private void refuseIfAnotherProviderIsRequired(ExternalProfile profile, String email) {
        required.forEmail(email)
                .filter(provider -> !provider.id().equals(profile.registrationId()))
                .ifPresent(provider -> {
                    throw refused(ExternalFailures.WRONG_PROVIDER);
                });
    }

    private boolean mayLinkByAddress(ExternalProfile profile, Credentials account) {
        return settings.trustedProviders().contains(profile.registrationId())
                && profile.emailVerified()
                && account.emailVerified();
    }

    /** Connecting the identity to the signed-in account, or confirming it is the account's. */
    private SignedIn forSignedIn(ExternalProfile profile, ExternalIntent intent) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !intent.username().equals(current.getName())) {
            throw refused(ExternalFailures.REFUSED);
        }
        var linkedTo = identities.signedIn(profile).map(ExternalSignIn::usernameOf);
        if (intent.kind() == ExternalIntent.Kind.CONFIRM) {
            if (linkedTo.filter(intent.username()::equalsIgnoreCase).isEmpty()) {
                throw refused(ExternalFailures.NOT_YOURS);
            }
        } else if (linkedTo.isPresent()) {
            if (!linkedTo.get().equalsIgnoreCase(intent.username())) {
                throw refused(ExternalFailures.LINKED_ELSEWHERE);
            }
        } else {
            linkOrRefuse(profile, intent.username());
        }
        var account = allowedIn(intent.username());
        // Still the same sign-in: the factors proved so far stay, with this one added.
        var authorities = new HashSet<GrantedAuthority>(current.getAuthorities());
        authorities.addAll(SignInChecks.authorities(account, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
        return new SignedIn(account.getUsername(), authorities);
    }

    private void linkOrRefuse(ExternalProfile profile, String username) {
        if (!identities.link(profile, username)) {
            throw refused(ExternalFailures.LINKED_ELSEWHERE);
        }
    }

    /**
     * The administrator role from the provider's claim, when that provider is the one named for it: given when
     * the claim has the value, taken when not. Each change is recorded as any change of roles.
     */
    private boolean applyAdminClaim(ExternalProfile profile, String username) {
        var rule = settings.adminRole();
        if (!rule.appliesTo(profile.registrationId())) {
            return false;
        }
        var claim = profile.claims().get(rule.claim());
        boolean admin = claim instanceof Collection<?> values
                ? values.stream().anyMatch(value -> rule.value().equals(String.valueOf(value)))
                : claim != null && rule.value().equals(String.valueOf(claim));
        var by = "provider " + profile.registrationId();
        return admin ? administration.grantAdmin(username, by) : administration.revokeAdmin(username, by);
    }

    private UserDetails allowedIn(String username) {
        try {
            return SignInChecks.allowedIn(accounts, username);
        } catch (DisabledException addressNotVerified) {
            throw new EmailNotVerifiedException(username);
        }
    }

    /**
     * The person signed in to an account whose address a provider's identity had, in the same browser: the
     * identity is linked now (a password, a passkey or a link, and its two-step code, proved the account).
     */
    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof RememberMeAuthenticationToken
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var pending = PendingLink.takeFrom(attributes.getRequest().getSession(false));
        if (pending != null
                && pending.username().equalsIgnoreCase(event.getAuthentication().getName())) {
            identities.link(pending.profile(), pending.username());
        }
    }

    private static String usernameOf(ExternalIdentity identity) {
        return identity.usernameKey();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
