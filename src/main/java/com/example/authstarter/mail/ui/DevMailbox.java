package com.example.authstarter.mail.ui;

import com.example.authstarter.mail.EmbeddedSmtp;
import com.example.authstarter.mail.MailSettings;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens {@code /dev/mailbox} when the embedded SMTP server runs and the mailbox is wanted: by default in
 * development, in the production jar only with {@code APP_MAIL_DEV_MAILBOX=true}. With a real SMTP server
 * the page does not exist (404).
 */
@Component
class DevMailbox implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

    private final EmbeddedSmtp embedded;
    private final MailSettings settings;

    DevMailbox(EmbeddedSmtp embedded, MailSettings settings) {
        this.embedded = embedded;
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        boolean productionMode = event.getSource().getDeploymentConfiguration().isProductionMode();
        boolean wanted = settings.devMailbox() == null ? !productionMode : settings.devMailbox();
        if (!wanted || !embedded.isRunning()) {
            return;
        }
        RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(MailboxView.PATH, MailboxView.class);
        log.warn(
                "Mail: the development mailbox is on at /{}; anyone who can reach it reads every mail, sign-in"
                        + " and reset links included (APP_MAIL_DEV_MAILBOX=false turns it off)",
                MailboxView.PATH);
    }
}
