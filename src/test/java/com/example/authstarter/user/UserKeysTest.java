package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserKeysTest {

    @Test
    void case_and_compatibility_forms_fold_to_one_key() {
        assertThat(UserKeys.username("Alice")).isEqualTo(UserKeys.username("ALICE"));
        assertThat(UserKeys.username("ｂｏｂ")).isEqualTo("bob");
        assertThat(UserKeys.username("ﬁona")).isEqualTo("fiona");
    }

    @Test
    void surrounding_white_space_is_not_part_of_a_name() {
        assertThat(UserKeys.clean("  Carol \t")).isEqualTo("Carol");
        assertThat(UserKeys.email(" Carol@Example.com ")).isEqualTo("carol@example.com");
    }

    @Test
    void the_turkish_locale_does_not_change_the_key() {
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(UserKeys.username("IVAN")).isEqualTo("ivan");
        } finally {
            Locale.setDefault(before);
        }
    }
}
