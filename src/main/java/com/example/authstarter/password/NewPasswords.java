package com.example.authstarter.password;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.RefusedInputException.Field;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A new password, wherever one is set (sign-up, a change, a reset): checked against every rule, then hashed. The rules that need no network come first ({@link PasswordRules}); the breached-password lookup is
 * asked last, once everything else is in order.
 */
@Service
public class NewPasswords {

    private final BreachedPasswords breachedPasswords;
    private final PasswordEncoder passwordEncoder;

    NewPasswords(BreachedPasswords breachedPasswords, PasswordEncoder passwordEncoder) {
        this.breachedPasswords = breachedPasswords;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Checks {@code password}, typed twice, for the account of {@code username} and {@code email}.
     *
     * @throws RefusedInputException on the password or the repeat field when a rule is broken
     */
    public void check(String password, String repeat, String username, String email) {
        RefusedInputException.refuseIf(Field.PASSWORD, PasswordRules.problem(password, username, email));
        RefusedInputException.refuseIf(Field.REPEAT_PASSWORD, PasswordRules.repeatProblem(password, repeat));
        RefusedInputException.refuseIf(Field.PASSWORD, breachedPasswords.problem(password));
    }

    /** The hash to store for a password that passed {@link #check}. */
    public String hash(String password) {
        return passwordEncoder.encode(password);
    }
}
