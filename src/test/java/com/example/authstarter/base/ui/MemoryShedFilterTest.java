package com.example.authstarter.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.authstarter.base.MemoryPressure;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MemoryShedFilterTest {

    private final MemoryPressure memory = mock(MemoryPressure.class);
    private final MemoryShedFilter filter = new MemoryShedFilter(memory, new ErrorPages(new TranslationProvider()));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void while_memory_is_short_a_new_visitor_gets_a_busy_page_with_retry_after_and_no_session() throws Exception {
        when(memory.isShort()).thenReturn(true);
        request.addHeader("Accept-Language", "de");

        filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(200));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(MemoryShedFilter.RETRY_AFTER_SECONDS);
        assertThat(response.getContentAsString()).contains("<h1>Der Server ist ausgelastet</h1>");
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void while_memory_is_short_people_with_a_session_and_health_checks_go_on() throws Exception {
        when(memory.isShort()).thenReturn(true);
        var signedIn = new MockHttpServletRequest("GET", "/members");
        signedIn.setRequestedSessionId("a-session");
        signedIn.setRequestedSessionIdValid(true);
        var health = new MockHttpServletRequest("GET", "/livez");

        for (var request : new MockHttpServletRequest[] {signedIn, health}) {
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(204));
            assertThat(response.getStatus()).as(request.getRequestURI()).isEqualTo(204);
        }
    }

    @Test
    void with_memory_enough_everyone_is_served() throws Exception {
        when(memory.isShort()).thenReturn(false);

        filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(204));

        assertThat(response.getStatus()).isEqualTo(204);
    }
}
