package com.example.authstarter.password;

import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes the NFKC form of a password (NIST 800-63B), so the same password typed on another keyboard or
 * system, which may compose "é" or full-width letters differently, still matches.
 */
final class NfkcPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NfkcPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(normalize(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(normalize(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String normalize(CharSequence rawPassword) {
        return rawPassword == null ? null : Normalizer.normalize(rawPassword, Normalizer.Form.NFKC);
    }
}
