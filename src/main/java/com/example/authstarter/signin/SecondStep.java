package com.example.authstarter.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What may follow a right first step (a password, a sign-in link) before anyone is signed in: two-step
 * sign-in's code. The feature that offers it provides this bean (at most one); without one, a first step
 * signs in.
 */
public interface SecondStep {

    /** Whether the account must still show a second factor after its first. */
    boolean isRequired(String username);

    /**
     * Takes the person to the second step, remembering in the session who passed the first and whether "keep
     * me signed in" was asked for.
     */
    void begin(HttpServletRequest request, HttpServletResponse response, String username, boolean rememberMe)
            throws IOException;
}
