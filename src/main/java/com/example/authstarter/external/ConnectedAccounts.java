package com.example.authstarter.external;

import com.example.authstarter.base.Problem;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.WayIn;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * "Connected accounts" for their owner: the identities linked to the account, and disconnecting one — never the
 * account's last way in: with no password and no passkey, the last identity stays.
 */
@Service
public class ConnectedAccounts {

    public static final Problem LAST_WAY_IN = Problem.of("connected.last-way-in");

    private final ExternalIdentities identities;
    private final AccountCredentials accounts;
    private final List<WayIn> waysIn;
    private final ExternalProviders providers;

    ConnectedAccounts(
            ExternalIdentities identities,
            AccountCredentials accounts,
            List<WayIn> waysIn,
            ExternalProviders providers) {
        this.identities = identities;
        this.accounts = accounts;
        this.waysIn = waysIn;
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
     * @return {@link #LAST_WAY_IN} when it is the account's last way to sign in, and nothing changed; null when it
     *     was disconnected (or was gone already)
     */
    public Problem disconnect(String username, String identityId) {
        boolean hasPassword =
                accounts.of(username).map(Credentials::hasPassword).orElse(false);
        long ways = waysIn.stream().mapToLong(way -> way.countFor(username)).sum();
        if (!hasPassword && ways <= 1) {
            return LAST_WAY_IN;
        }
        identities.unlink(username, identityId);
        return null;
    }
}
