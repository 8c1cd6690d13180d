package com.example.authstarter.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The cache time each kind of response is given, whatever Vaadin's static file server or Spring Security said. */
class StaticFileCachingTest {

    private final StaticFileCaching filter = new StaticFileCaching();

    @Test
    void a_bundle_named_by_its_content_is_kept_for_a_year() throws Exception {
        assertThat(cacheControl("/VAADIN/build/indexhtml-BNp73Egs.js", null, "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void a_style_sheet_linked_with_its_hash_is_kept_for_a_year() throws Exception {
        assertThat(cacheControl("/styles/app.css", "v-c=085efe22", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void any_other_static_file_is_asked_for_again_on_each_use() throws Exception {
        for (var path : new String[] {"/sw.js", "/passkeys.js", "/icons/icon.png", "/offline.html"}) {
            assertThat(cacheControl(path, null, "max-age=3600")).as(path).isEqualTo("no-cache");
        }
        // A query that merely ends in "v-c=" is no content hash.
        assertThat(cacheControl("/styles/app.css", "nov-c=1", "max-age=3600")).isEqualTo("no-cache");
    }

    @Test
    void pages_keep_spring_securitys_no_store() throws Exception {
        var pages = "no-cache, no-store, max-age=0, must-revalidate";
        assertThat(cacheControl("/login", null, pages)).isEqualTo(pages);
        assertThat(cacheControl("/VAADIN/build/x.js", null, pages)).isEqualTo(pages);
    }

    /** What the browser is told when the server behind the filter says {@code given}. */
    private String cacheControl(String path, String query, String given) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Cache-Control", given);
            }
        });
        return response.getHeader("Cache-Control");
    }
}
