package com.example.authstarter.mail;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Which SMTP server mail goes to. With {@code spring.mail.host} set, that server, with Spring Boot's
 * {@code spring.mail.*} settings; without, an embedded server started on loopback. The start-up log says
 * which, on a line starting with "Mail:". Decided here at run time rather than by conditions: the production
 * build fixes the set of beans ahead of time (Spring AOT), and {@code SPRING_MAIL_HOST} must still switch.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedSmtp embeddedSmtp(MailProperties mail) {
        if (StringUtils.hasText(mail.getHost())) {
            log.info(
                    "Mail: SMTP server {}:{}{} (from spring.mail.*)",
                    mail.getHost(),
                    mail.getPort() == null ? "(default port)" : mail.getPort(),
                    mail.getUsername() == null ? "" : " as " + mail.getUsername());
            return EmbeddedSmtp.off();
        }
        var smtp = EmbeddedSmtp.start();
        log.info(
                "Mail: embedded SMTP server (GreenMail) at 127.0.0.1:{}; messages stay in memory"
                        + " (set SPRING_MAIL_HOST to send real mail)",
                smtp.port());
        return smtp;
    }

    /** The embedded server, or the configured one as Spring Boot would set it up; the timeouts apply to both. */
    @Bean
    JavaMailSender javaMailSender(EmbeddedSmtp smtp, MailProperties mail, ObjectProvider<SslBundles> sslBundles) {
        var sender = new JavaMailSenderImpl();
        var properties = new Properties();
        properties.putAll(mail.getProperties());
        if (smtp.isRunning()) {
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());
        } else {
            sender.setHost(mail.getHost());
            if (mail.getPort() != null) {
                sender.setPort(mail.getPort());
            }
            sender.setUsername(mail.getUsername());
            sender.setPassword(mail.getPassword());
            sender.setProtocol(mail.getProtocol());
            if (mail.getDefaultEncoding() != null) {
                sender.setDefaultEncoding(mail.getDefaultEncoding().name());
            }
            var protocol = StringUtils.hasLength(mail.getProtocol()) ? mail.getProtocol() : "smtp";
            if (mail.getSsl().isEnabled()) {
                properties.setProperty("mail." + protocol + ".ssl.enable", "true");
            }
            if (mail.getSsl().getBundle() != null) {
                var bundle = sslBundles.getObject().getBundle(mail.getSsl().getBundle());
                properties.put(
                        "mail." + protocol + ".ssl.socketFactory",
                        bundle.createSslContext().getSocketFactory());
            }
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
