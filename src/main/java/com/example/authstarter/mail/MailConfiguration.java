package com.example.authstarter.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Which SMTP server mail goes to. With {@code spring.mail.host} set, Spring Boot's own sender talks to it;
 * without, an embedded server starts on loopback and a sender is pointed at it. The start-up log says which,
 * on a line starting with "Mail:".
 */
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedSmtp embeddedSmtp() {
            var smtp = EmbeddedSmtp.start();
            log.info(
                    "Mail: embedded SMTP server (GreenMail) at 127.0.0.1:{}; messages stay in memory"
                            + " (set SPRING_MAIL_HOST to send real mail)",
                    smtp.port());
            return smtp;
        }

        /** Pointed at the embedded server, with the timeouts configured for any (spring.mail.properties.*). */
        @Bean
        JavaMailSender javaMailSender(EmbeddedSmtp smtp, Environment environment) {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());
            Binder.get(environment)
                    .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
                    .ifBound(sender.getJavaMailProperties()::putAll);
            return sender;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
    static class Real {

        Real(MailProperties mail) {
            log.info(
                    "Mail: SMTP server {}:{}{} (from spring.mail.*)",
                    mail.getHost(),
                    mail.getPort() == null ? "(default port)" : mail.getPort(),
                    mail.getUsername() == null ? "" : " as " + mail.getUsername());
        }
    }
}
