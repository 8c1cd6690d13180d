package com.example.authstarter.signin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A feature's part of the security filter chain: its endpoints, filters and rules. The chain's assembly
 * ({@link SecurityConfiguration}) applies every such bean, in their {@code @Order}, before Vaadin's own part,
 * so a feature that plugs in (two-step sign-in, passkeys, sign-in links, administration) is added or taken out
 * with its package. The parts do not depend on each other's order; it only keeps the chain the same at every
 * start. The sessions feature's part is {@code SessionHandling} here: signing in builds on sessions, not the
 * other way round.
 */
public interface SecurityChainPart {

    void configure(HttpSecurity http) throws Exception;
}
