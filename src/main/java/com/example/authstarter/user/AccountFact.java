package com.example.authstarter.user;

import java.util.List;

/**
 * Something about an account that administrators see in their list of accounts, told by the feature that knows it
 * (the providers connected to it), so the administration shows it without knowing that feature.
 */
public interface AccountFact {

    /** Whether the list shows it on this site at all (connected providers only where providers are configured). */
    default boolean isOffered() {
        return true;
    }

    /** The translation key of the list's column. */
    String headerKey();

    /** What the column shows for the account: names, joined with commas; empty for none. */
    List<String> valuesFor(String username);
}
