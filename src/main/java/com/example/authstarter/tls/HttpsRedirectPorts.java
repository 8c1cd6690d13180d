package com.example.authstarter.tls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.PortMapper;
import org.springframework.stereotype.Component;

/**
 * Tells Spring Security's HTTPS redirect where HTTPS is served. The ports are read once the server runs,
 * so a free port picked at start (0, as in tests) is mapped as well as a fixed one.
 */
@Component
public class HttpsRedirectPorts implements PortMapper, ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(HttpsRedirectPorts.class);

    private final PlainHttpConnector plainHttp;
    private volatile int httpsPort = -1;

    HttpsRedirectPorts(PlainHttpConnector plainHttp) {
        this.plainHttp = plainHttp;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            // The management server (health, metrics) on its own port: not the site.
            return;
        }
        httpsPort = event.getWebServer().getPort();
        log.info(
                "Open https://localhost:{}/{}",
                httpsPort,
                plainHttpPort() > 0 ? " (http://localhost:" + plainHttpPort() + "/ redirects there)" : "");
    }

    /** Every plain-HTTP request is sent to the one HTTPS port, whatever port it came in on. */
    @Override
    public Integer lookupHttpsPort(Integer httpPort) {
        return httpsPort > 0 ? httpsPort : null;
    }

    @Override
    public Integer lookupHttpPort(Integer port) {
        return port != null && port == httpsPort ? plainHttpPort() : null;
    }

    public int httpsPort() {
        return httpsPort;
    }

    /** The port of the redirecting plain-HTTP connector, or -1 when there is none. */
    public int plainHttpPort() {
        return plainHttp.localPort();
    }
}
