package com.example.authstarter.sessions;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.Hashes;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.user.AccountCredentials;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;
import org.springframework.stereotype.Component;

/**
 * "Keep me signed in": a cookie of series and token per device, the token replaced at every use, as in
 * Spring Security's persistent-token scheme, with three changes.
 *
 * <ul>
 *   <li>A token replaced less than {@link #GRACE} ago still signs in, and yields the same next token:
 *       browsers send several requests at once with one cookie (a PWA starting, tabs restored after a
 *       restart), and only one of them can be first. The next token is derived from the current one with the
 *       device's own key, so every such request gets the same one without it being stored.
 *   <li>An older token of a known series means the cookie was copied and used by two browsers: every
 *       remembered device and session of the user ends, and the sign-in page says why. It is never a 500
 *       (Spring's {@code CookieTheftException} escapes its filter as one).
 *   <li>Only hashes of tokens are stored, and signing out forgets this device only, not the user's others.
 * </ul>
 *
 * <p>Its key ties a remember-me sign-in to this process only; tokens are looked up in the database, so a fresh
 * random key per start is safe and needs no configuration.
 */
@Component
public class RememberedDevices extends AbstractRememberMeServices {

    static final Duration VALIDITY = Duration.ofDays(30);
    static final Duration GRACE = Duration.ofSeconds(20);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RememberedDeviceStore tokens;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RememberedDevices(
            AccountCredentials accounts,
            RememberedDeviceStore tokens,
            Sessions sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        super(randomKey(), accounts::details);
        this.tokens = tokens;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        setParameter(SignInPage.REMEMBER_ME);
        setCookieName(SignInPage.REMEMBER_ME);
        setTokenValiditySeconds((int) VALIDITY.toSeconds());
        setUseSecureCookie(true);
        // Lax, as the session cookie: sent when a link elsewhere (a mail) opens the app, not on posts from other sites.
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected void onLoginSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var series = random(16);
        var token = random(16);
        tokens.create(new RememberedDeviceRecord(
                series, authentication.getName(), hash(token), null, null, random(32), clock.instant()));
        setCookie(new String[] {series, token}, getTokenValiditySeconds(), request, response);
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookie, HttpServletRequest request, HttpServletResponse response) {
        if (cookie.length != 2) {
            throw new InvalidCookieException("A remember-me cookie has two parts, not " + cookie.length);
        }
        var series = cookie[0];
        var presented = cookie[1];
        var device = tokens.find(series);
        if (device == null || device.tokenHash() == null) {
            throw new RememberMeAuthenticationException("This device is no longer remembered");
        }
        var now = clock.instant();
        if (now.isAfter(device.lastUsed().plus(VALIDITY))) {
            tokens.forget(device.username(), series);
            throw new RememberMeAuthenticationException("This device was not used for too long");
        }
        var presentedHash = hash(presented);
        var next = next(device, presented);
        boolean current = matches(presentedHash, device.tokenHash());
        if (current && !tokens.rotate(series, presentedHash, hash(next), now)) {
            // A request sent at the same moment with this cookie moved the device on first.
            device = tokens.find(series);
            current = false;
        }
        if (!current && !isWithinGrace(device, presentedHash, now)) {
            reused(device, request);
        }
        setCookie(new String[] {series, next}, getTokenValiditySeconds(), request, response);
        return getUserDetailsService().loadUserByUsername(device.username());
    }

    /** Forgets the device this browser signs in with, if it is the signed-out user's; the others stay. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var cookie = extractRememberMeCookie(request);
        super.logout(request, response, authentication);
        if (authentication != null && cookie != null && !cookie.isEmpty()) {
            try {
                tokens.forget(authentication.getName(), decodeCookie(cookie)[0]);
            } catch (InvalidCookieException unreadable) {
                // A cookie that names no device leaves none to forget; it is cancelled all the same.
                logger.debug("Unreadable remember-me cookie at sign-out", unreadable);
            }
        }
    }

    private static boolean isWithinGrace(RememberedDeviceRecord device, String presentedHash, Instant now) {
        return device != null
                && device.previousTokenHash() != null
                && device.rotatedAt() != null
                && matches(presentedHash, device.previousTokenHash())
                && !now.isAfter(device.rotatedAt().plus(GRACE));
    }

    /**
     * A token older than the grace period: the cookie was copied. Which browser is the owner's cannot be
     * told, so both are signed out, everywhere, and the owner is told by mail and on the sign-in page.
     */
    private void reused(RememberedDeviceRecord device, HttpServletRequest request) {
        var username = device == null ? null : device.username();
        if (username == null) {
            throw new RememberMeAuthenticationException("This device is no longer remembered");
        }
        sessions.signOutEverywhereElse(username, null, SessionEndReason.REMEMBERED_COOKIE_REUSED);
        events.publishEvent(new SessionEvents.RememberedCookieReused(username, ClientAddress.of(request)));
        request.getSession(true).setAttribute(SessionEndReason.NOTICE, SessionEndReason.REMEMBERED_COOKIE_REUSED);
        // Spring's base class cancels the cookie and goes on with the request as not signed in.
        throw new RememberMeAuthenticationException(
                "A replaced remember-me cookie was used again: every sign-in of the user was ended");
    }

    /** The token that follows {@code token}: the same for every request that presents it. */
    private static String next(RememberedDeviceRecord device, String token) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(device.secret()), "HmacSHA256"));
            var derived = mac.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot derive the next remember-me token", e);
        }
    }

    static String hash(String token) {
        return Hashes.sha256Base64Url(token);
    }

    private static boolean matches(String hash, String stored) {
        return MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    private static String randomKey() {
        return random(32);
    }

    private static String random(int bytes) {
        var value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
