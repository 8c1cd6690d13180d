package com.example.authstarter.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.Problem;
import com.example.authstarter.testing.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

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
        assertThat(english(PasswordRules.problem("my name is Alice99!", "alice99", "a@example.com")))
                .hasValue("Don't use your username or email address in your password");
        assertThat(english(PasswordRules.problem("alice.smith@mail.org", "bob", "Alice.Smith@mail.org")))
                .hasValue("Don't use your username or email address in your password");
        assertThat(english(PasswordRules.problem("hello alice.smith!!", "bob", "alice.smith@mail.org")))
                .hasValue("Don't use your username or email address in your password");
        assertThat(english(PasswordRules.problem("a perfectly fine one", "bob", "bob@example.com")))
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
                .filter(entry -> entry.codePointCount(0, entry.length()) >= PasswordRules.MIN)
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
        return english(PasswordRules.problem(candidate, "someone", "someone@example.com"));
    }

    private static Optional<String> english(Optional<Problem> problem) {
        return problem.map(Translations::english);
    }

    @Test
    void the_repeat_must_equal_the_password() {
        assertThat(english(PasswordRules.repeatProblem("same password", "same password")))
                .isEmpty();
        assertThat(english(PasswordRules.repeatProblem("same password", "Same password")))
                .hasValue("The passwords do not match");
        assertThat(english(PasswordRules.repeatProblem("same password", ""))).hasValue("Repeat your password");
    }
}
