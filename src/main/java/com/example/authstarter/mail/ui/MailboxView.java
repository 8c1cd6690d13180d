package com.example.authstarter.mail.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.mail.EmbeddedSmtp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * {@code /dev/mailbox}: every message the embedded SMTP server received, newest first, with its links
 * clickable. For development only, so anyone who can reach it may read it; it is registered as a route only
 * when {@link DevMailbox} says so, and has no {@code @Route} of its own.
 */
@AnonymousAllowed
public class MailboxView extends Main implements HasDynamicTitle {

    static final String PATH = "dev/mailbox";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    final Div messages = new Div();
    final Button refresh = new Button(getTranslation("mailbox.refresh"));
    final Button empty = new Button(getTranslation("mailbox.empty-button"));

    private final EmbeddedSmtp smtp;

    MailboxView(EmbeddedSmtp smtp) {
        this.smtp = smtp;
        addClassNames("narrow-page", "mailbox");
        refresh.addClickListener(click -> show());
        empty.addClickListener(click -> {
            smtp.empty();
            show();
        });
        add(
                new H1(getTranslation("mailbox.title")),
                new Paragraph(getTranslation("mailbox.text")),
                new HorizontalLayout(refresh, empty),
                messages);
        show();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "mailbox.title");
    }

    private void show() {
        messages.removeAll();
        var received = smtp.messages();
        if (received.isEmpty()) {
            messages.add(new Paragraph(getTranslation("mailbox.empty")));
        }
        for (int i = received.size() - 1; i >= 0; i--) {
            messages.add(card(received.get(i)));
        }
    }

    private Section card(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            var when = message.getSentDate() == null
                    ? ""
                    : Dates.when(message.getSentDate().toInstant());
            var card = new Section(
                    new H2(message.getSubject()),
                    new Paragraph(getTranslation("mailbox.to", to == null ? "" : to[0].toString(), when)),
                    body(MessageText.of(message)));
            card.addClassName("mailbox-message");
            return card;
        } catch (MessagingException | IOException unreadable) {
            return new Section(new Paragraph(getTranslation("mailbox.unreadable", unreadable.getMessage())));
        }
    }

    /** The plain text as text, its addresses as links: nothing in a message is ever rendered as markup. */
    private static Div body(String text) {
        var body = new Div();
        body.addClassName("mailbox-body");
        var links = LINK.matcher(text);
        int from = 0;
        while (links.find()) {
            body.add(new Span(text.substring(from, links.start())), new Anchor(links.group(), links.group()));
            from = links.end();
        }
        body.add(new Span(text.substring(from)));
        return body;
    }
}
