package com.example.authstarter.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.mail.EmbeddedSmtp;
import com.example.authstarter.mail.MailSettings;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailboxViewTest extends KaribuTest {

    @Autowired
    Mails mails;

    @Autowired
    EmbeddedSmtp embedded;

    @Test
    void the_development_mailbox_shows_every_mail_newest_first_with_its_links_clickable() {
        testUsers.create("mia");
        mails.arrived("mia@example.com", "Confirm your email address");
        testUsers.create("max");
        mails.arrived("max@example.com", "Confirm your email address");

        // Registered for this session only: Karibu rebuilds the application's routes between tests, and
        // whether DevMailbox opens the page is the next test's concern.
        RouteConfiguration.forSessionScope().setRoute(MailboxView.PATH, MailboxView.class);
        UI.getCurrent().navigate(MailboxView.PATH);
        var view = _get(MailboxView.class);

        var cards = _find(view.messages, H2.class);
        assertThat(cards).hasSize(2);
        assertThat(view.messages.getElement().getTextRecursively().indexOf("max@example.com"))
                .isLessThan(view.messages.getElement().getTextRecursively().indexOf("mia@example.com"));
        assertThat(_find(view.messages, Anchor.class))
                .extracting(Anchor::getHref)
                .allSatisfy(href -> assertThat(href).startsWith("https://auth.example.test/verify-email?token="));

        _click(view.empty);
        assertThat(_find(view.messages, H2.class)).isEmpty();
    }

    @Test
    void the_mailbox_is_not_there_when_switched_off_or_with_a_real_smtp_server() {
        var routes = RouteConfiguration.forApplicationScope();
        routes.removeRoute(MailboxView.PATH);
        var event = new ServiceInitEvent(VaadinService.getCurrent());

        new DevMailbox(embedded, new MailSettings("a@b.c", false)).serviceInit(event);
        assertThat(routes.isPathAvailable(MailboxView.PATH)).isFalse();

        new DevMailbox(EmbeddedSmtp.off(), new MailSettings("a@b.c", true)).serviceInit(event);
        assertThat(routes.isPathAvailable(MailboxView.PATH)).isFalse();

        new DevMailbox(embedded, new MailSettings("a@b.c", true)).serviceInit(event);
        assertThat(routes.isPathAvailable(MailboxView.PATH)).isTrue();
        routes.removeRoute(MailboxView.PATH);
    }
}
