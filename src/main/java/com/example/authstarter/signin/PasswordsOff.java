package com.example.authstarter.signin;

/**
 * A rule that some accounts sign in only another way, not with a password (an organization that requires its own
 * provider for its addresses), offered by the feature that has that way. A right password on such an account is
 * answered with {@code /login?}{@value #PARAMETER}, whose page shows the way to use; a wrong one is refused as ever,
 * so the answer tells nothing to someone who does not know the password.
 */
public interface PasswordsOff {

    /** The sign-in page's parameter that says passwords are off for the account. */
    String PARAMETER = "passwords-off";

    /**
     * Whether the rule applies to anyone on this site, fixed when the app starts: when no rule does, a password
     * sign-in reads nothing more for it.
     */
    boolean isOn();

    /** Whether the account with this address may not sign in with a password. */
    boolean appliesTo(String email);
}
