package com.example.authstarter.tls;

import org.apache.catalina.connector.Connector;
import org.springframework.stereotype.Component;

/** The extra plain-HTTP connector, whose only job is to let Spring Security redirect to HTTPS. */
@Component
class PlainHttpConnector {

    private final Connector connector;

    PlainHttpConnector(TlsSettings settings) {
        if (settings.httpPort() < 0) {
            this.connector = null;
        } else {
            this.connector = new Connector();
            connector.setPort(settings.httpPort());
        }
    }

    boolean isEnabled() {
        return connector != null;
    }

    Connector connector() {
        return connector;
    }

    int localPort() {
        return connector == null ? -1 : connector.getLocalPort();
    }
}
