package com.example.authstarter.account.ui;

import java.util.Optional;

/**
 * Something about a person's account that needs their attention, shown on the overview of "My account" with a
 * link to the page where it is dealt with (two-step sign-in still off, say). Features that can be taken out add
 * their own as Spring beans.
 */
public interface AccountAttention {

    /** What needs attention on this person's account, if anything. */
    Optional<Attention> of(String username);

    /** A text ({@code textKey} in the translations) and the page where the person deals with it. */
    record Attention(String textKey, AccountPage page) {}
}
