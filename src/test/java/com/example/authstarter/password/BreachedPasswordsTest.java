package com.example.authstarter.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.PwnedPasswordsStub;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check on its own: off, out of reach, and asked. */
class BreachedPasswordsTest {

    private static final String BREACHED = "plum harbour quietly seventeen";

    @Test
    void turned_off_it_asks_no_one() throws Exception {
        try (var pwned = new PwnedPasswordsStub(Set.of(BREACHED))) {
            var check = new BreachedPasswords(new BreachedPasswordSettings(false, pwned.url(), Duration.ofSeconds(2)));

            assertThat(check.problem(BREACHED)).isEmpty();
            assertThat(pwned.requestedPaths()).isEmpty();
        }
    }

    @Test
    void a_service_out_of_reach_never_refuses_a_password() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var check = new BreachedPasswords(new BreachedPasswordSettings(
                true, URI.create("http://127.0.0.1:" + closedPort + "/range/"), Duration.ofSeconds(2)));

        assertThat(check.problem(BREACHED)).isEmpty();
    }

    @Test
    void a_breached_password_is_named_and_another_is_not() throws Exception {
        try (var pwned = new PwnedPasswordsStub(Set.of(BREACHED))) {
            var check = new BreachedPasswords(new BreachedPasswordSettings(true, pwned.url(), Duration.ofSeconds(2)));

            assertThat(check.problem(BREACHED)).contains(BreachedPasswords.BREACHED);
            assertThat(check.problem("violet kettle orbit sandwich")).isEmpty();
        }
    }
}
