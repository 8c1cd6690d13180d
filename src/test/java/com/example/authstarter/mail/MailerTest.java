package com.example.authstarter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.TranslationProvider;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailerTest {

    private final Mailer mailer = new Mailer(
            null, new TranslationProvider(), new MailSettings("App <a@b.c>", null), new SimpleMeterRegistry());

    @Test
    void a_letter_is_plain_text_and_html_with_its_link_in_both() {
        var written = mailer.write(Letter.of("ann@example.com", Locale.ENGLISH, "sign-in-link", "ann")
                .withLink("https://app.example.com/login/ott?token=abc"));

        assertThat(written.subject()).isEqualTo("Your sign-in link");
        assertThat(written.text())
                .startsWith("Hello ann,\n\n")
                .contains("Sign in:\nhttps://app.example.com/login/ott?token=abc")
                .contains("This mail was sent by Vaadin Auth Starter");
        assertThat(written.html()).contains("<a href=\"https://app.example.com/login/ott?token=abc\"");
    }

    @Test
    void nothing_a_person_typed_becomes_markup() {
        var written = mailer.write(Letter.of("x@example.com", Locale.ENGLISH, "notice-admin-granted", "<b>x</b>"));

        assertThat(written.html()).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
    }

    @Test
    void a_german_reader_gets_german() {
        var written = mailer.write(Letter.of("g@example.com", Locale.GERMAN, "notice-password-changed", "greta"));

        assertThat(written.subject()).isEqualTo("Ihr Passwort wurde geändert");
        assertThat(written.html()).contains("lang=\"de\"").contains("Hallo greta,");
    }
}
