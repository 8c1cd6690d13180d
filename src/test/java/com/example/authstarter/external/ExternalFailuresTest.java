package com.example.authstarter.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class ExternalFailuresTest {

    @Test
    void each_oauth2_error_is_told_as_what_it_means_to_the_person() {
        assertThat(kindOf("access_denied")).isEqualTo(ExternalProblem.CANCELLED);
        assertThat(kindOf("authorization_request_not_found")).isEqualTo(ExternalProblem.EXPIRED);
        assertThat(kindOf("invalid_grant")).isEqualTo(ExternalProblem.EXPIRED);
        assertThat(kindOf("invalid_token_response")).isEqualTo(ExternalProblem.UNAVAILABLE);
        assertThat(kindOf(ExternalFailures.PROVIDER_UNAVAILABLE)).isEqualTo(ExternalProblem.UNAVAILABLE);
        assertThat(kindOf("invalid_id_token")).isEqualTo(ExternalProblem.REFUSED);
        assertThat(kindOf(ExternalFailures.EMAIL_MISSING)).isEqualTo(ExternalProblem.NO_EMAIL);
        assertThat(kindOf(ExternalFailures.ACCOUNT_EXISTS)).isEqualTo(ExternalProblem.EXISTS);
        assertThat(kindOf("something_new")).isEqualTo(ExternalProblem.REFUSED);
    }

    @Test
    void an_id_token_whose_keys_could_not_be_fetched_is_the_provider_failing() {
        var keysUnreachable = new OAuth2AuthenticationException(
                new OAuth2Error("invalid_id_token"), new IllegalStateException(new IOException("timed out")));

        assertThat(ExternalFailures.kindOf(keysUnreachable)).isEqualTo(ExternalProblem.UNAVAILABLE);
    }

    @Test
    void the_code_is_found_under_a_wrapping_exception() {
        var wrapped = new IllegalStateException(new OAuth2AuthorizationException(new OAuth2Error("access_denied")));

        assertThat(ExternalFailures.kindOf(wrapped)).isEqualTo(ExternalProblem.CANCELLED);
    }

    @Test
    void the_sign_in_page_parameter_and_texts_follow_the_kind() {
        assertThat(ExternalProblem.NO_EMAIL.parameter()).isEqualTo("external-no-email");
        assertThat(ExternalProblem.LINKED_ELSEWHERE.textKey()).isEqualTo("login.external.linked-elsewhere");
    }

    private static ExternalProblem kindOf(String code) {
        return ExternalFailures.kindOf(new OAuth2AuthenticationException(new OAuth2Error(code)));
    }
}
