package com.example.authstarter.testing;

import com.example.authstarter.tls.SelfSignedCertificate;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The TLS trust every test client uses: the app's own self-signed certificate, and nothing else. */
public final class TrustedTls {

    /** Where the test profile keeps the certificate (app.data-dir=target/test-data). */
    static final Path TEST_SERVER_TLS = Path.of("target/test-data/tls");

    private TrustedTls() {}

    /** Trusts the certificate kept in {@code tlsDir}, making it first if it is not there yet. */
    public static SSLContext trusting(Path tlsDir) throws Exception {
        var certificate =
                SelfSignedCertificate.ensure(tlsDir, Clock.systemUTC()).read();
        var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("app", certificate);
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
