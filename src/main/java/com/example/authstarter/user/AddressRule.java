package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import java.util.Optional;

/**
 * A rule for the address of a new account that a feature adds (an organization whose addresses sign up only
 * through its own provider): sign-up with a password applies it, and the registration form shows its problem.
 */
public interface AddressRule {

    /** What is wrong with signing up with a password at {@code email}; empty when nothing is. */
    Optional<Problem> problemFor(String email);
}
