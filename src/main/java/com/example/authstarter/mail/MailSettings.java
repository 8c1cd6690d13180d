package com.example.authstarter.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out, beyond Spring Boot's own {@code spring.mail.*} (the SMTP server).
 *
 * @param from the sender of every mail ({@code APP_MAIL_FROM})
 * @param devMailbox whether {@code /dev/mailbox} shows the embedded server's messages ({@code
 *     APP_MAIL_DEV_MAILBOX}); unset means on in development and off in the production jar. It never exists
 *     with a real SMTP server.
 */
@ConfigurationProperties("app.mail")
public record MailSettings(
        @DefaultValue("Vaadin Auth Starter <no-reply@localhost>")
        String from,

        Boolean devMailbox) {}
