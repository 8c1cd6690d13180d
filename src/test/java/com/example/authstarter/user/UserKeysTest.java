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
    void sign_up_drops_surrounding_white_space_before_keying() {
        assertThat(UserKeys.clean("  Carol \t")).isEqualTo("Carol");
        assertThat(UserKeys.email(UserKeys.clean(" Carol@Example.com "))).isEqualTo("carol@example.com");
    }

    @Test
    void a_key_keeps_surrounding_white_space_so_sign_in_cannot_match_a_padded_name() {
        assertThat(UserKeys.username(" alice")).isNotEqualTo(UserKeys.username("alice"));
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
