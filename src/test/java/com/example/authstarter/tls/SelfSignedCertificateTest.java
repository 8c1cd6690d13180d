package com.example.authstarter.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

    @TempDir
    Path dir;

    private final Clock now = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_certificate_for_localhost_is_made_on_first_use() throws Exception {
        var pem = SelfSignedCertificate.ensure(dir, now);

        var certificate = pem.read();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
        assertThat(certificate.getSubjectAlternativeNames())
                .map(name -> String.valueOf(name.get(1)))
                .contains("localhost", "127.0.0.1");
        assertThat(certificate.getNotAfter().toInstant()).isAfter(now.instant().plus(Duration.ofDays(364)));
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getExtendedKeyUsage()).isEqualTo(List.of("1.3.6.1.5.5.7.3.1"));
    }

    @Test
    void certificates_of_two_instances_are_told_apart_by_their_key_identifiers() throws Exception {
        var first = SelfSignedCertificate.ensure(dir.resolve("one"), now).read();
        var second = SelfSignedCertificate.ensure(dir.resolve("two"), now).read();

        // Same name, so a load balancer trusting both finds each by its key identifier.
        assertThat(first.getSubjectX500Principal()).isEqualTo(second.getSubjectX500Principal());
        var subjectKey = "2.5.29.14";
        var authorityKey = "2.5.29.35";
        assertThat(first.getExtensionValue(subjectKey)).isNotNull().isNotEqualTo(second.getExtensionValue(subjectKey));
        assertThat(first.getExtensionValue(authorityKey)).isNotNull();
        assertThat(second.getExtensionValue(authorityKey)).isNotNull();
    }

    @Test
    void the_private_key_is_readable_by_its_owner_only() throws Exception {
        var pem = SelfSignedCertificate.ensure(dir, now);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pem.privateKey())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(pem.privateKey())).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    }

    @Test
    void the_same_certificate_is_kept_across_starts() throws Exception {
        var first = SelfSignedCertificate.ensure(dir, now).read();

        var second = SelfSignedCertificate.ensure(dir, Clock.offset(now, Duration.ofDays(100)))
                .read();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_certificate_near_its_end_is_replaced() throws Exception {
        var first = SelfSignedCertificate.ensure(dir, now).read();

        var renewed = SelfSignedCertificate.ensure(dir, Clock.offset(now, Duration.ofDays(360)))
                .read();

        assertThat(renewed).isNotEqualTo(first);
        assertThat(renewed.getNotAfter()).isAfter(first.getNotAfter());
    }
}
