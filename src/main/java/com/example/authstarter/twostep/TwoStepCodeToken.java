package com.example.authstarter.twostep;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A code typed on the second-step page, for the account that passed the first step in this session. */
final class TwoStepCodeToken extends AbstractAuthenticationToken {

    private final String username;
    private final String code;

    TwoStepCodeToken(String username, String code) {
        super(List.of());
        this.username = username;
        this.code = code;
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
