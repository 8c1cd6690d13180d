package com.example.authstarter.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OutageFilterTest {

    private final OutageFilter filter = new OutageFilter(new ErrorPages(new TranslationProvider()));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void a_database_that_cannot_be_reached_is_a_503_page_with_retry_after() throws Exception {
        var outage = new ServletException(new DataAccessResourceFailureException(
                "Timed out", new MongoSocketOpenException("Exception opening socket", new ServerAddress("db", 27017))));

        filter.doFilter(request, response, (req, res) -> {
            throw outage;
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(OutageFilter.RETRY_AFTER_SECONDS);
        assertThat(response.getContentAsString())
                .contains("<h1>Temporarily unavailable</h1>")
                .doesNotContain("Exception", "Timed out");
    }

    @Test
    void every_other_failure_goes_on_as_it_was() {
        var bug = new IllegalStateException("a bug");

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
                    throw bug;
                }))
                .isSameAs(bug);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void a_request_that_succeeds_is_left_alone() throws ServletException, IOException {
        filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(204));

        assertThat(response.getStatus()).isEqualTo(204);
    }
}
