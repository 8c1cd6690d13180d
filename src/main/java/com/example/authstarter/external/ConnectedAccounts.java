package com.example.authstarter.external;

import com.example.authstarter.base.Problem;
import com.example.authstarter.user.SignInWays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * "Connected accounts" for their owner: the identities linked to the account, and disconnecting one — never the
 * account's last way in: with no password and no passkey, the last identity stays.
 */
@Service
public class ConnectedAccounts {

    private final ExternalIdentities identities;
    private final SignInWays ways;
    private final ExternalProviders providers;

    ConnectedAccounts(ExternalIdentities identities, SignInWays ways, ExternalProviders providers) {
        this.identities = identities;
        this.ways = ways;
        this.providers = providers;
    }

    /** The configured providers, to connect one. */
    public List<ExternalProviders.Provider> providers() {
        return providers.all();
    }

    public boolean offered() {
        return !providers.isEmpty();
    }

    public List<ExternalIdentities.Connected> of(String username) {
        return identities.of(username);
    }

    /**
     * Disconnects one identity.
     *
     * @return {@link SignInWays#LAST_WAY_IN} when it is the account's last way to sign in, and nothing changed;
     *     null when it was disconnected (or was gone already)
     */
    public Problem disconnect(String username, String identityId) {
        if (ways.isLast(username)) {
            return SignInWays.LAST_WAY_IN;
        }
        identities.unlink(username, identityId);
        return null;
    }
}
