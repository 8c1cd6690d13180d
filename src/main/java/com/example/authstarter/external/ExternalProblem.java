package com.example.authstarter.external;

import java.util.Locale;

/**
 * Why a sign-in with another provider did not go through, as the person is told: the sign-in page's parameter
 * {@code external-<kind>} shows it, with the texts {@code login.external.<kind>.title} and {@code .message}.
 */
public enum ExternalProblem {
    /** The person cancelled at the provider, or did not allow this app. */
    CANCELLED,
    /** The answer came too late, twice, or for a sign-in started in another window or browser. */
    EXPIRED,
    /** The provider could not be reached, or did not answer in time. */
    UNAVAILABLE,
    /** The provider's answer could not be accepted (not meant for this app, or not as it should be). */
    REFUSED,
    /** The provider gave no email address, which a new account needs. */
    NO_EMAIL,
    /** An account has the address: sign in to it, and the identity is connected then. */
    EXISTS,
    /** The identity signs in to another account already. */
    LINKED_ELSEWHERE,
    /** Confirming with an identity that is not one of this account's. */
    NOT_YOURS,
    /** The address belongs to an organization that requires its own provider. */
    WRONG_PROVIDER;

    /** The sign-in page's parameter that shows it. */
    public String parameter() {
        return "external-" + segment();
    }

    /** The key of its texts: {@code .title} and {@code .message}. */
    public String textKey() {
        return "login.external." + segment();
    }

    private String segment() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
