package com.example.authstarter.tls;

import com.example.authstarter.base.DataSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * HTTPS by default. With no {@code server.ssl.*} configured, the server uses the self-signed certificate
 * kept under the data folder; a plain-HTTP connector is added so that {@code http://} links still work
 * (Spring Security redirects them to HTTPS).
 */
@Component
class HttpsConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(HttpsConfiguration.class);

    private final DataSettings data;
    private final PlainHttpConnector plainHttp;
    private final Clock clock;

    HttpsConfiguration(DataSettings data, PlainHttpConnector plainHttp, Clock clock) {
        this.data = data;
        this.plainHttp = plainHttp;
        this.clock = clock;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (Ssl.isEnabled(factory.getSsl())) {
            log.info("HTTPS with the certificate configured in server.ssl");
        } else {
            var pem = SelfSignedCertificate.ensure(data.dataDir().resolve("tls"), clock);
            var ssl = new Ssl();
            ssl.setCertificate(pem.certificate().toUri().toString());
            ssl.setCertificatePrivateKey(pem.privateKey().toUri().toString());
            factory.setSsl(ssl);
            log.info(
                    "HTTPS with a self-signed certificate from {} (browsers warn about it; set server.ssl.* for a real one)",
                    pem.certificate().toAbsolutePath());
        }
        ModernTls.applyTo(factory.getSsl());
        if (plainHttp.isEnabled()) {
            factory.addAdditionalConnectors(plainHttp.connector());
        }
    }

    /** After Spring Boot's own customizer, so that a configured {@code server.ssl} is seen here. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
