package com.example.authstarter.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginRedirectStrategyTest {

    private final SameOriginRedirectStrategy strategy = new SameOriginRedirectStrategy("/");

    @ParameterizedTest
    @CsvSource({
        "https://app.example.com/members?tab=1, /members?tab=1",
        "/members, /members",
        "/, /",
        "https://app.example.com, /",
        "https://evil.example.com/members, /",
        "http://app.example.com/members, /",
        "https://app.example.com:8443/members, /",
        "//evil.example.com/path, /",
        "/\\evil.example.com, /",
        "https:evil.example.com, /",
        "javascript:alert(1), /",
        "members, /",
        "'https://app.example.com//evil.example.com', /",
        "'/ok\r\nSet-Cookie: x=1', /",
        "'', /"
    })
    void redirects_stay_on_this_site(String target, String expected) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setScheme("https");
        request.setServerName("app.example.com");
        request.setServerPort(443);
        var response = new MockHttpServletResponse();

        strategy.sendRedirect(request, response, target);

        assertThat(response.getRedirectedUrl()).isEqualTo(expected);
    }
}
