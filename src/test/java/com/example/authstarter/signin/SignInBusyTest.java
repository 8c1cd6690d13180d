package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ServerBusyException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInBusyTest {

    @Test
    void a_busy_server_sends_the_browser_back_to_the_sign_in_page_and_asks_clients_to_wait_before_retrying()
            throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        var response = new MockHttpServletResponse();

        SignInResponses.busy()
                .onAuthenticationFailure(
                        request, response, new SignInBusyException(new ServerBusyException("Memory is short")));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?busy");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }
}
