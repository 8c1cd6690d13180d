package com.example.authstarter.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.PortMapper;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.stereotype.Component;

/** HTTPS only, and the headers every response carries: content security policy, framing, referrer, HSTS. */
@Component
@Order(20)
class SecurityHeaders implements SecurityChainPart {

    /**
     * Vaadin's bootstrap page and Lit templates need inline scripts and styles; everything is loaded from
     * this origin, and forms post only here. Only the app itself may frame its pages: when the server is
     * unreachable, the installed PWA shows the offline page inside a frame of its own shell. Other sites
     * can frame nothing, so clickjacking stays impossible.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' wss: ws:",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private final ObjectProvider<PortMapper> httpsPorts;
    private final ManagementServer management;

    /** @param httpsPorts where HTTPS is served, known only once the server runs (see the tls feature) */
    SecurityHeaders(ObjectProvider<PortMapper> httpsPorts, ManagementServer management) {
        this.httpsPorts = httpsPorts;
        this.management = management;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        httpsPorts.ifAvailable(ports -> http.portMapper(mapper -> mapper.portMapper(ports)));
        // Plain HTTP is sent to HTTPS, except on the management port, which speaks only plain HTTP.
        http.redirectToHttps(redirect -> redirect.requestMatchers(request -> !management.received(request)));
    }
}
