package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.Problem;
import com.example.authstarter.testing.Translations;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"bob", "alice.smith", "a_b-c", "Zoë", "用户名", "x1y"})
    void usernames_of_letters_digits_and_inner_punctuation_pass(String username) {
        assertThat(english(RegistrationRules.usernameProblem(username))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".bob", "bob-", "bo b", "bob@x", "<b>", "bob\u0000", "$ne"})
    void usernames_with_spaces_symbols_or_edge_punctuation_fail(String username) {
        assertThat(english(RegistrationRules.usernameProblem(username))).isPresent();
    }

    @Test
    void username_length_is_counted_in_characters_not_bytes() {
        assertThat(english(RegistrationRules.usernameProblem("ab"))).hasValue("Use 3 to 32 characters");
        assertThat(english(RegistrationRules.usernameProblem("é".repeat(32)))).isEmpty();
        assertThat(english(RegistrationRules.usernameProblem("a".repeat(33)))).hasValue("Use 3 to 32 characters");
    }

    @Test
    void an_empty_or_blank_username_asks_for_one() {
        assertThat(english(RegistrationRules.usernameProblem(null))).hasValue("Choose a username");
        assertThat(english(RegistrationRules.usernameProblem("   "))).hasValue("Choose a username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+tag@example.org", "ü@exämple.de"})
    void plausible_emails_pass(String email) {
        assertThat(english(RegistrationRules.emailProblem(email))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a@@b.com", "a b@c.com", "@example.com", "a@.com"})
    void implausible_emails_fail(String email) {
        assertThat(english(RegistrationRules.emailProblem(email))).isPresent();
    }

    @Test
    void an_email_over_254_characters_fails() {
        assertThat(english(RegistrationRules.emailProblem("a".repeat(250) + "@x.io")))
                .isPresent();
    }

    private static Optional<String> english(Optional<Problem> problem) {
        return problem.map(Translations::english);
    }
}
