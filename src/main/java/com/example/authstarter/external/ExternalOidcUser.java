package com.example.authstarter.external;

import java.io.Serial;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in over OpenID Connect: as {@link ExternalUser}, keeping the ID token, which signing out at
 * the provider sends back to it ({@code id_token_hint}).
 */
final class ExternalOidcUser extends ExternalUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    ExternalOidcUser(String username, Set<GrantedAuthority> authorities, OidcUser signedIn) {
        super(username, authorities, signedIn.getAttributes());
        this.idToken = signedIn.getIdToken();
        this.userInfo = signedIn.getUserInfo();
    }

    @Override
    public Map<String, Object> getClaims() {
        return getAttributes();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }
}
