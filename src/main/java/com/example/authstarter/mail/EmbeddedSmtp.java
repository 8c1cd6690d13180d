package com.example.authstarter.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An SMTP server on loopback (GreenMail) for when no real one is configured. The app sends to it through
 * the same SMTP code as to a real server; it keeps the messages in memory, for the development mailbox.
 * When a real server is configured this bean exists too, switched off ({@link #isRunning()}).
 */
public final class EmbeddedSmtp implements AutoCloseable {

    private final Optional<GreenMail> server;

    private EmbeddedSmtp(Optional<GreenMail> server) {
        this.server = server;
    }

    static EmbeddedSmtp start() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new EmbeddedSmtp(Optional.of(server));
    }

    /** None started: mail goes to the configured SMTP server. */
    public static EmbeddedSmtp off() {
        return new EmbeddedSmtp(Optional.empty());
    }

    public boolean isRunning() {
        return server.isPresent();
    }

    int port() {
        return running().getSmtp().getPort();
    }

    /** Every message received since the start, oldest first. */
    public List<MimeMessage> messages() {
        return Arrays.asList(running().getReceivedMessages());
    }

    /** Forgets every message received so far. */
    public void empty() {
        try {
            running().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("The embedded mailbox could not be emptied", e);
        }
    }

    @Override
    public void close() {
        server.ifPresent(GreenMail::stop);
    }

    private GreenMail running() {
        return server.orElseThrow(
                () -> new IllegalStateException("No embedded SMTP server runs: mail goes to spring.mail.host"));
    }
}
