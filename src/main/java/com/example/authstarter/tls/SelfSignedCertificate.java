package com.example.authstarter.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for localhost, like Flask's {@code ssl_context="adhoc"} but kept on disk so the
 * browser's exception survives a restart. It is made on first start and again when it nears its end.
 *
 * @param certificate PEM file of the certificate
 * @param privateKey PEM file of its private key, readable by the owner only
 */
public record SelfSignedCertificate(Path certificate, Path privateKey) {

    static final Duration VALIDITY = Duration.ofDays(365);
    static final Duration RENEW_BEFORE = Duration.ofDays(14);

    /** Returns the certificate in {@code dir}, making a new one if there is none or it expires soon. */
    public static SelfSignedCertificate ensure(Path dir, Clock clock) {
        var files = new SelfSignedCertificate(dir.resolve("self-signed.crt"), dir.resolve("self-signed.key"));
        try {
            if (!files.isUsable(clock.instant())) {
                files.create(clock.instant());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the self-signed certificate in " + dir.toAbsolutePath(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create a self-signed certificate", e);
        }
    }

    public X509Certificate read() throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(certificate)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private boolean isUsable(Instant now) throws IOException, GeneralSecurityException {
        if (!Files.exists(certificate) || !Files.exists(privateKey)) {
            return false;
        }
        return read().getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE));
    }

    private void create(Instant now) throws IOException, GeneralSecurityException, OperatorCreationException {
        // RSA rather than EC: Tomcat cannot tell the type of an EC key loaded from PEM, and clients then
        // reject its handshake ("wrong curve").
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        var name = new X500Name("CN=localhost, O=Vaadin Auth Starter (self-signed)");
        var builder = new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(VALIDITY)),
                name,
                keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames());
        // Key identifiers: every instance's certificate has the same name, and a client that trusts several
        // (a load balancer checking each instance) tells them apart by key, not by name.
        var identifiers = new JcaX509ExtensionUtils();
        builder.addExtension(
                Extension.subjectKeyIdentifier, false, identifiers.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(
                Extension.authorityKeyIdentifier, false, identifiers.createAuthorityKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        var cert = new JcaX509CertificateConverter().getCertificate(builder.build(signer));

        Files.createDirectories(certificate.getParent());
        writeOwnerOnly(privateKey, keys.getPrivate());
        writePem(certificate, cert);
    }

    private static GeneralNames subjectAlternativeNames() {
        return new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1")
        });
    }

    private static void writeOwnerOnly(Path file, Object pemObject) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        writePem(file, pemObject);
    }

    private static void writePem(Path file, Object pemObject) throws IOException {
        try (Writer out = Files.newBufferedWriter(file);
                var pem = new JcaPEMWriter(out)) {
            pem.writeObject(pemObject);
        }
    }
}
