package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginRedirectStrategyTest {

    private static final Set<String> PAGES = Set.of("/", "/members", "/ok");

    private final SameOriginRedirectStrategy strategy = new SameOriginRedirectStrategy("/", PAGES::contains);

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
        "'', /",
        "/no-such-page, /",
        "https://app.example.com/no-such-page?x=1, /",
        "/%6Dembers, /%6Dembers"
    })
    void redirects_go_only_to_pages_of_this_site(String target, String expected) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setScheme("https");
        request.setServerName("app.example.com");
        request.setServerPort(443);
        var response = new MockHttpServletResponse();

        strategy.sendRedirect(request, response, target);

        assertThat(response.getRedirectedUrl()).isEqualTo(expected);
    }
}
