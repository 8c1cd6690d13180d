package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.Translations;
import com.example.authstarter.base.Problem;
import java.util.List;
import java.util.Locale;
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

    @Test
    void passwords_need_12_to_128_characters_and_no_particular_kinds_of_character() {
        assertThat(password("tulip sun a")).hasValue("Use 12 to 128 characters");
        assertThat(password("tulip sun ab")).isEmpty();
        assertThat(password("alllowercase")).isEmpty();
        assertThat(password(varied("😀😇😎😕😜😣😪😱", 128))).isEmpty();
        assertThat(password("x".repeat(129))).hasValue("Use 12 to 128 characters");
    }

    @Test
    void password_length_counts_the_nfkc_form() {
        // Eleven full-width letters and spaces and a ligature: NFKC makes "ﬃ" three letters, so 13 in all.
        assertThat(password("ｂｌｕｅ ｆｏｘ ﬃｒ")).isEmpty();
        assertThat(password("ｂｌｕｅ ｆｏｘ ﬃ")).isEmpty();
        assertThat(password("ｂｌｕｅ ｆｏｘ ｆｉ")).hasValue("Use 12 to 128 characters");
    }

    @Test
    void a_password_may_not_contain_the_username_or_email() {
        assertThat(english(RegistrationRules.passwordProblem("my name is Alice99!", "alice99", "a@example.com")))
                .hasValue("Don't use your username or email address in your password");
        assertThat(english(RegistrationRules.passwordProblem("alice.smith@mail.org", "bob", "Alice.Smith@mail.org")))
                .hasValue("Don't use your username or email address in your password");
        assertThat(english(RegistrationRules.passwordProblem("hello alice.smith!!", "bob", "alice.smith@mail.org")))
                .hasValue("Don't use your username or email address in your password");
        assertThat(english(RegistrationRules.passwordProblem("a perfectly fine one", "bob", "bob@example.com")))
                .isEmpty();
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(password("1q2w3e4r5t6y")).hasValue(COMMON);
        assertThat(password("QAZWSXEDCRFV")).hasValue(COMMON);
        assertThat(password("password1234")).hasValue(COMMON);
    }

    @Test
    void every_entry_of_the_whole_common_list_with_twelve_or_more_characters_is_refused() {
        var long_enough = CommonPasswords.all().stream()
                .filter(entry -> entry.codePointCount(0, entry.length()) >= RegistrationRules.PASSWORD_MIN)
                .toList();

        // zxcvbn4j's list has 30,000 entries; 229 of them are long enough to pass the length rule.
        assertThat(CommonPasswords.all()).hasSize(30_000);
        assertThat(long_enough).hasSize(229);
        assertThat(long_enough).allSatisfy(entry -> assertThat(password(entry)).hasValue(COMMON));
    }

    @Test
    void what_the_meter_calls_weak_is_refused() {
        for (var weak : new String[] {"aaaaaaaaaaaa", "p@ssword1234", "abcdefghijkl", "trustno1trustno1"}) {
            assertThat(PasswordStrength.of(weak, List.of(), Locale.ENGLISH).acceptable())
                    .as(weak)
                    .isFalse();
            assertThat(password(weak)).as(weak).isPresent();
        }
        assertThat(password("p@ssword1234"))
                .hasValue("This password would be guessed quickly; add another word or two");
    }

    @Test
    void what_the_meter_calls_fair_or_better_passes() {
        for (var fine : new String[] {"alllowercase", "carrot violin desk", "a perfectly fine one"}) {
            assertThat(PasswordStrength.of(fine, List.of(), Locale.ENGLISH).acceptable())
                    .as(fine)
                    .isTrue();
            assertThat(password(fine)).as(fine).isEmpty();
        }
    }

    private static final String COMMON = "This password is one of the most common ones; choose another";

    /** {@code length} characters taken in turn from {@code alphabet}, so nothing repeats in short runs. */
    private static String varied(String alphabet, int length) {
        var points = alphabet.codePoints().toArray();
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(points[(i * 5) % points.length]);
        }
        return text.toString();
    }

    private static Optional<String> password(String candidate) {
        return english(RegistrationRules.passwordProblem(candidate, "someone", "someone@example.com"));
    }

    private static Optional<String> english(Optional<Problem> problem) {
        return problem.map(Translations::english);
    }

    @Test
    void the_repeat_must_equal_the_password() {
        assertThat(english(RegistrationRules.repeatProblem("same password", "same password")))
                .isEmpty();
        assertThat(english(RegistrationRules.repeatProblem("same password", "Same password")))
                .hasValue("The passwords do not match");
        assertThat(english(RegistrationRules.repeatProblem("same password", "")))
                .hasValue("Repeat your password");
    }
}
