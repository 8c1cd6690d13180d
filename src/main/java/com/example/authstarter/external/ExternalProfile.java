package com.example.authstarter.external;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Who a provider says signed in: the identity's key ({@code issuer} and {@code subject}, the only things that
 * name it: an address can be changed at many providers), the address it gave and whether it said it verified
 * it, the name it suggests, and how the person proved it ({@code amr}).
 */
record ExternalProfile(
        String registrationId,
        String issuer,
        String subject,
        String email,
        boolean emailVerified,
        String preferredUsername,
        List<String> authenticationMethods,
        Map<String, Object> claims)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Values of {@code amr} (RFC 8176) that say a second factor was used. */
    private static final List<String> SECOND_FACTORS = List.of("mfa", "otp", "hwk", "swk", "sms", "fpt", "face");

    /** The profile without the provider's other claims, to be kept in a session (they may not serialize). */
    ExternalProfile withoutClaims() {
        return new ExternalProfile(
                registrationId,
                issuer,
                subject,
                email,
                emailVerified,
                preferredUsername,
                List.copyOf(authenticationMethods),
                Map.of());
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** Whether the provider says more than a password was used. */
    boolean usedSecondFactor() {
        return authenticationMethods.stream().anyMatch(SECOND_FACTORS::contains);
    }
}
