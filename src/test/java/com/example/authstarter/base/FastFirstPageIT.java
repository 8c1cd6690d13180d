package com.example.authstarter.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.BrowserJourney;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production jar's answers that make the first page fast, over HTTPS: static files compressed (Vaadin's
 * bundles with Brotli) and kept by content, other static files revalidated, pages neither compressed (BREACH) nor
 * stored, and a meta description in the visitor's language. Lighthouse's figures are in the benchmark report.
 */
class FastFirstPageIT extends BrowserJourney {

    static final String ACCEPT_ENCODING = "gzip, deflate, br";
    static final String FOR_EVER = "public, max-age=31536000, immutable";

    @Test
    void static_files_are_compressed_and_kept_by_content_and_pages_are_neither() throws Exception {
        var client = app().client();

        var page = client.get("/login", "Accept-Encoding", ACCEPT_ENCODING, "Accept-Language", "en-US");
        assertThat(page.statusCode()).isEqualTo(200);
        // It carries CSRF tokens beside the address's text: compressing it would leak them (BREACH).
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(page.body()).contains("<meta name=\"description\" content=\"Create an account and sign in securely");
        assertThat(client.get("/login", "Accept-Language", "de-DE").body())
                .contains("<meta name=\"description\" content=\"Konto anlegen und sicher anmelden");

        var bundle = find(page.body(), "VAADIN/build/indexhtml-[^\"]+\\.js");
        var script = client.get("/" + bundle, "Accept-Encoding", ACCEPT_ENCODING);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(script.headers().firstValue("Cache-Control")).hasValue(FOR_EVER);

        var lumo = find(page.body(), "lumo/lumo\\.css\\?v-c=[0-9a-f]+");
        var styles = client.get("/" + lumo, "Accept-Encoding", ACCEPT_ENCODING);
        assertThat(styles.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(styles.headers().firstValue("Cache-Control")).hasValue(FOR_EVER);

        for (var path : new String[] {"/sw.js", "/passkeys.js"}) {
            var file = client.get(path, "Accept-Encoding", ACCEPT_ENCODING);
            assertThat(file.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(file.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            var lastModified = file.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(client.get(path, "If-Modified-Since", lastModified).statusCode())
                    .as(path + " asked for again, unchanged")
                    .isEqualTo(304);
        }
    }

    private static String find(String page, String regex) {
        var match = Pattern.compile(regex).matcher(page);
        assertThat(match.find()).as(regex + " in the page").isTrue();
        return match.group();
    }
}
