package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every way an account signs in: its password and what features add ({@link WayIn}: passkeys, identities at other
 * providers). No feature takes away an account's last way in: asked before a passkey is removed or a provider
 * disconnected.
 */
@Service
public class SignInWays {

    public static final Problem LAST_WAY_IN = Problem.of("rule.last-way-in");

    private final UserRepository users;
    private final ObjectProvider<WayIn> ways;

    /** The ways are read when asked (features' beans may themselves ask this one). */
    SignInWays(UserRepository users, ObjectProvider<WayIn> ways) {
        this.users = users;
        this.ways = ways;
    }

    /** Whether taking one way away would leave the account none: no password, and one way besides at most. */
    public boolean isLast(String username) {
        var hasPassword = users.findByUsernameKey(UserKeys.username(username))
                .map(user -> user.passwordHash() != null)
                .orElse(false);
        return !hasPassword
                && ways.stream().mapToLong(way -> way.countFor(username)).sum() <= 1;
    }
}
