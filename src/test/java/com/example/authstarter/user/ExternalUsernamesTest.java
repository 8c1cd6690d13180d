package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExternalUsernamesTest {

    @Test
    void the_providers_name_is_kept_when_it_meets_the_rules() {
        assertThat(ExternalUsernames.base("Ann.Lee", "x@example.com")).isEqualTo("Ann.Lee");
        assertThat(ExternalUsernames.base("Jürgen", "x@example.com")).isEqualTo("Jürgen");
    }

    @Test
    void characters_a_username_may_not_have_are_dropped_and_it_may_not_start_or_end_with_a_dot() {
        assertThat(ExternalUsernames.base(" .ann lee@corp! ", "x@example.com")).isEqualTo("annleecorp");
    }

    @Test
    void without_a_usable_name_the_addresss_local_part_is_used_then_a_plain_word() {
        assertThat(ExternalUsernames.base(null, "dora.m@example.com")).isEqualTo("dora.m");
        assertThat(ExternalUsernames.base("jo", "dora.m@example.com")).isEqualTo("dora.m");
        assertThat(ExternalUsernames.base("!!", "x@example.com")).isEqualTo("member");
    }

    @Test
    void a_long_name_leaves_room_for_the_digits_of_a_variant() {
        var base = ExternalUsernames.base("a".repeat(60), "x@example.com");

        assertThat(base).hasSize(RegistrationRules.USERNAME_MAX - 4);
        assertThat(RegistrationRules.usernameProblem(ExternalUsernames.variant(base, 12)))
                .isEmpty();
    }

    @Test
    void variants_count_up_then_take_random_digits() {
        assertThat(ExternalUsernames.variant("ann", 0)).isEqualTo("ann");
        assertThat(ExternalUsernames.variant("ann", 1)).isEqualTo("ann2");
        assertThat(ExternalUsernames.variant("ann", 8)).isEqualTo("ann9");
        assertThat(ExternalUsernames.variant("ann", 9)).matches("ann[0-9]{4}");
    }
}
