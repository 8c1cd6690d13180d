package com.example.authstarter.testing;

import static org.awaitility.Awaitility.await;

import com.example.authstarter.mail.EmbeddedSmtp;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The mail the app sent in a test, as the embedded SMTP server received it over SMTP. */
@Component
public class Mails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** One received mail, read: to whom, its subject, its plain text, its first link. */
    public record Mail(String to, String subject, String text, String html) {

        public String link() {
            var found = LINK.matcher(text);
            if (!found.find()) {
                throw new AssertionError("No link in the mail '" + subject + "':\n" + text);
            }
            return found.group();
        }

        /** The link's path and query, to follow on the test server. */
        public String linkPath() {
            var link = URI.create(link());
            return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        }

        public String token() {
            var token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(link());
            if (!token.find()) {
                throw new AssertionError("No token in " + link());
            }
            return token.group(1);
        }
    }

    private final EmbeddedSmtp smtp;

    Mails(EmbeddedSmtp smtp) {
        this.smtp = smtp;
    }

    public void empty() {
        smtp.empty();
    }

    public List<Mail> all() {
        return smtp.messages().stream().map(Mails::read).toList();
    }

    public List<Mail> to(String address) {
        return all().stream()
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    /** Waits (the outbox sends off the request thread) for a mail to {@code address} whose subject has {@code subject}. */
    public Mail arrived(String address, String subject) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> find(address, subject), Optional::isPresent)
                .orElseThrow();
    }

    public Optional<Mail> find(String address, String subject) {
        return to(address).stream()
                .filter(mail -> mail.subject().contains(subject))
                .reduce((first, second) -> second);
    }

    private static Mail read(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            return new Mail(to, message.getSubject(), part(message, "text/plain"), part(message, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var found = part(parts.getBodyPart(i), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
