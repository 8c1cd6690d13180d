package com.example.authstarter.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The management server (health, Prometheus metrics) on a port of its own, plain HTTP, on the loopback interface
 * unless the operator opens it: what reaches it is for Prometheus and the operator. The security chain lets its
 * requests through without sign-in and without sending them to HTTPS; the site's rules stay for the site's port.
 */
@Component
class ManagementServer implements ApplicationListener<WebServerInitializedEvent> {

    /** Its port once it listens; -1 while there is none. */
    private volatile int port = -1;

    /** The management server has a namespace of its own; the site has none. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            port = event.getWebServer().getPort();
        }
    }

    /** Whether the request came in on the management server's port. */
    boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
