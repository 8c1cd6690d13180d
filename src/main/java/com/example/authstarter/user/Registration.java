package com.example.authstarter.user;

/** What a person types to sign up. {@code repeatPassword} is checked against {@code password}, never stored. */
public record Registration(String username, String email, String password, String repeatPassword) {

    @Override
    public String toString() {
        // Keeps passwords out of logs and exception messages.
        return "Registration[username=" + username + ", email=" + email + "]";
    }
}
