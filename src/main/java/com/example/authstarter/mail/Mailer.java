package com.example.authstarter.mail;

import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a {@link Letter} in its reader's language, as plain text and HTML, and hands it to the SMTP server
 * now. Callers are outbox handlers: a failure throws, and the outbox tries again later. Each attempt is counted as
 * the metric {@value #METRIC}, by the mail's kind and whether the SMTP server took it.
 */
@Service
public class Mailer {

    private final JavaMailSender smtp;
    private final I18NProvider texts;
    private final MailSettings settings;
    private final MeterRegistry meters;

    /** Mails handed to the SMTP server, by {@code kind} and {@code outcome} (sent, failed). */
    public static final String METRIC = "authstarter.mails";

    Mailer(JavaMailSender smtp, I18NProvider texts, MailSettings settings, MeterRegistry meters) {
        this.smtp = smtp;
        this.texts = texts;
        this.settings = settings;
        this.meters = meters;
    }

    public void deliver(Letter letter) {
        var written = write(letter);
        var message = smtp.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(letter.to());
            helper.setSubject(written.subject());
            helper.setText(written.text(), written.html());
        } catch (MessagingException unwritable) {
            throw new MailPreparationException("Cannot write the " + letter.kind() + " mail", unwritable);
        }
        try {
            smtp.send(message);
        } catch (MailException refused) {
            count(letter, "failed");
            throw refused;
        }
        count(letter, "sent");
    }

    private void count(Letter letter, String outcome) {
        meters.counter(METRIC, "kind", letter.kind(), "outcome", outcome).increment();
    }

    /** The letter's subject, plain text and HTML; nothing from outside is put into the HTML unescaped. */
    Written write(Letter letter) {
        var arguments = letter.arguments().toArray();
        var subject = text(letter, "mail." + letter.kind() + ".subject", arguments);
        var paragraphs =
                text(letter, "mail." + letter.kind() + ".body", arguments).split("\n\n");
        var footer = text(letter, "mail.footer", text(letter, "app.name"));
        var plain = new StringBuilder(String.join("\n\n", paragraphs));
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(letter.language().getLanguage())
                .append("\"><body style=\"font-family: sans-serif; line-height: 1.5; max-width: 36rem\">")
                .append(Arrays.stream(paragraphs)
                        .map(paragraph -> "<p>" + HtmlUtils.htmlEscape(paragraph) + "</p>")
                        .collect(Collectors.joining()));
        if (letter.link() != null) {
            var action = text(letter, "mail." + letter.kind() + ".action");
            plain.append("\n\n").append(action).append(":\n").append(letter.link());
            var href = HtmlUtils.htmlEscape(letter.link());
            html.append("<p><a href=\"")
                    .append(href)
                    .append("\" style=\"display: inline-block; padding: 0.6em 1.2em; background: #006af5;")
                    .append(" color: #fff; border-radius: 4px; text-decoration: none\">")
                    .append(HtmlUtils.htmlEscape(action))
                    .append("</a></p><p style=\"font-size: small\">")
                    .append(href)
                    .append("</p>");
        }
        plain.append("\n\n-- \n").append(footer).append('\n');
        html.append("<p style=\"font-size: small; color: #555\">")
                .append(HtmlUtils.htmlEscape(footer))
                .append("</p></body></html>");
        return new Written(subject, plain.toString(), html.toString());
    }

    record Written(String subject, String text, String html) {}

    private String text(Letter letter, String key, Object... arguments) {
        return texts.getTranslation(key, letter.language(), arguments);
    }
}
