package com.example.authstarter.signin;

import com.example.authstarter.sessions.EndedSessionResponse;
import com.example.authstarter.sessions.RememberedDevices;
import com.example.authstarter.sessions.SharedSessionRegistry;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The sessions feature in the chain: every signed-in session is recorded for all instances to see, and every
 * request asks whether its session was ended elsewhere (no limit on the number of sessions: -1); "keep me
 * signed in" through the remembered devices.
 */
@Component
@Order(30)
class SessionHandling implements SecurityChainPart {

    private final SharedSessionRegistry registry;
    private final EndedSessionResponse endedSessions;
    private final RememberedDevices rememberedDevices;

    SessionHandling(
            SharedSessionRegistry registry, EndedSessionResponse endedSessions, RememberedDevices rememberedDevices) {
        this.registry = registry;
        this.endedSessions = endedSessions;
        this.rememberedDevices = rememberedDevices;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(registry).expiredSessionStrategy(endedSessions));
        http.rememberMe(
                rememberMe -> rememberMe.rememberMeServices(rememberedDevices).key(rememberedDevices.getKey()));
    }
}
