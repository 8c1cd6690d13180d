package com.example.authstarter.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    @Test
    void ipv6_is_written_in_its_short_form() {
        assertThat(ClientAddress.readable("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(ClientAddress.readable("2001:DB8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(ClientAddress.readable("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
        // Only the longest run of zeros is shortened, and a single zero group is left as it is.
        assertThat(ClientAddress.readable("2001:0:0:1:0:0:0:1")).isEqualTo("2001:0:0:1::1");
        assertThat(ClientAddress.readable("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
    }

    @Test
    void ipv4_and_already_short_addresses_stay_as_they_are() {
        assertThat(ClientAddress.readable("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.readable("::1")).isEqualTo("::1");
        assertThat(ClientAddress.readable(null)).isEqualTo(ClientAddress.UNKNOWN);
    }

    @Test
    void a_servlet_request_is_named_by_its_short_address() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("0:0:0:0:0:0:0:1");

        assertThat(ClientAddress.of(request)).isEqualTo("::1");
        assertThat(ClientAddress.of((jakarta.servlet.http.HttpServletRequest) null))
                .isEqualTo(ClientAddress.UNKNOWN);
    }
}
