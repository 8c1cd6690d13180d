package com.example.authstarter.signinlink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;

/** Where a refused sign-in link leads. */
class SignInLinkChainPartTest {

    @Test
    void a_link_that_was_used_or_expired_goes_back_to_its_page_which_says_so() throws Exception {
        var response = new MockHttpServletResponse();

        SignInLinkChainPart.refusals()
                .onAuthenticationFailure(
                        new MockHttpServletRequest(), response, new InvalidOneTimeTokenException("used"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login/ott?invalid");
    }

    @Test
    void a_link_opened_while_the_database_is_away_is_told_so_and_not_called_spent() throws Exception {
        var response = new MockHttpServletResponse();
        var outage = new InternalAuthenticationServiceException(
                "The database cannot be reached", new DataAccessResourceFailureException("Timed out"));

        SignInLinkChainPart.refusals().onAuthenticationFailure(new MockHttpServletRequest(), response, outage);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
    }
}
