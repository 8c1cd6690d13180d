package com.example.authstarter.tls;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTPS set-up beyond Spring Boot's own {@code server.ssl.*} (which, when given, wins over the
 * self-signed certificate).
 *
 * @param httpPort plain-HTTP port that only redirects to HTTPS ({@code APP_TLS_HTTP_PORT}); 0 picks a free one,
 *     -1 opens none
 */
@ConfigurationProperties("app.tls")
public record TlsSettings(@DefaultValue("8080") int httpPort) {}
