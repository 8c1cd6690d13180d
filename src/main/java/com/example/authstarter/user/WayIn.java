package com.example.authstarter.user;

/**
 * A way to sign in to an account besides its password that a feature offers (passkeys, identities at other
 * providers), so that no feature takes away an account's last way in without knowing the others.
 */
public interface WayIn {

    /** How many of this way the account has (passkeys, connected identities). */
    long countFor(String username);
}
