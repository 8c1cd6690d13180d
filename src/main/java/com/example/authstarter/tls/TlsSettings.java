package com.example.authstarter.tls;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTPS set-up beyond Spring Boot's own {@code server.ssl.*} (which, when given, wins over the
 * self-signed certificate).
 *
 * @param httpPort plain-HTTP port that only redirects to HTTPS; 0 picks a free one, -1 opens none
 * @param selfSignedDir where the self-signed certificate and its key are kept between starts
 */
@ConfigurationProperties("app.tls")
public record TlsSettings(
        @DefaultValue("8080") int httpPort,
        @DefaultValue("data/tls") Path selfSignedDir) {}
