package com.example.authstarter.signin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A feature's part of the security filter chain: its endpoints, filters and rules. The chain's assembly
 * ({@link SecurityConfiguration}) applies every such bean, in their {@code @Order}, before Vaadin's own part,
 * so a feature is added or taken out with its package.
 */
public interface SecurityChainPart {

    void configure(HttpSecurity http) throws Exception;
}
