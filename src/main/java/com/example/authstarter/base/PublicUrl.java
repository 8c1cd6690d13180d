package com.example.authstarter.base;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach the app at, from which every link in a mail is built. It comes from
 * configuration ({@code APP_PUBLIC_URL}) and never from a request's Host header, which an attacker
 * chooses ("password-reset poisoning"). Without configuration it is {@code https://localhost:<https port>}.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    /** @param publicUrl the configured address, such as {@code https://app.example.com} (null: localhost) */
    @ConfigurationProperties("app")
    public record Settings(URI publicUrl) {}

    private volatile String base;

    PublicUrl(Settings settings) {
        if (settings.publicUrl() != null) {
            this.base = validated(settings.publicUrl());
        }
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server (health, metrics) has a namespace and a port of its own: not the site's.
        if (base == null && event.getApplicationContext().getServerNamespace() == null) {
            base = "https://localhost:" + event.getWebServer().getPort();
        }
    }

    /** The absolute address of a path on this site, such as {@code /reset-password?token=…}. */
    public String of(String pathAndQuery) {
        if (base == null) {
            throw new IllegalStateException("The public address is known once the web server has started");
        }
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery);
    }

    private static String validated(URI url) {
        var scheme = url.getScheme();
        if (!url.isAbsolute()
                || url.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "app.public-url must be an absolute http(s) address without query, such as https://app.example.com;"
                            + " it is " + url);
        }
        var text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
