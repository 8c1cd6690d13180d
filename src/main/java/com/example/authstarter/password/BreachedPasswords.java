package com.example.authstarter.password;

import com.example.authstarter.base.Problem;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.web.authentication.password.HaveIBeenPwnedRestApiPasswordChecker;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Refuses a new password that is known from data breaches, through Spring Security's Have I Been Pwned
 * checker: only the first 5 hex digits of the password's SHA-1 leave the server (k-anonymity), never the
 * password. The service being slow or out of reach never keeps anyone from signing up or changing a
 * password: after {@link BreachedPasswordSettings#breachedPasswordTimeout()} the check is skipped and
 * logged. The other password rules, which need no network, are in {@link PasswordRules}.
 */
@Service
public class BreachedPasswords {

    static final Problem BREACHED = Problem.of("rule.password.breached");
    private static final Logger log = LoggerFactory.getLogger(BreachedPasswords.class);

    private final BreachedPasswordSettings settings;
    // Made at the first check: its HTTP client starts a selector thread, which start-up need not wait for.
    private final SingletonSupplier<CompromisedPasswordChecker> checker = SingletonSupplier.of(this::newChecker);
    // A lookup left behind by its timeout finishes on its own thread, never on a request's.
    private final Executor lookups = Executors.newVirtualThreadPerTaskExecutor();

    BreachedPasswords(BreachedPasswordSettings settings) {
        this.settings = settings;
    }

    private CompromisedPasswordChecker newChecker() {
        var http = HttpClient.newBuilder()
                .connectTimeout(settings.breachedPasswordTimeout())
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.breachedPasswordTimeout());
        var pwned = new HaveIBeenPwnedRestApiPasswordChecker();
        pwned.setRestClient(RestClient.builder()
                .baseUrl(settings.breachedPasswordUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(this::sayWhenSkipped)
                .build());
        return pwned;
    }

    /**
     * Spring's checker answers "not breached" when the service fails, and would log a stack trace at ERROR
     * for every sign-up of an offline machine (its logger is off in application.properties); this says it in
     * one line instead.
     */
    private ClientHttpResponse sayWhenSkipped(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        try {
            var response = execution.execute(request, body);
            if (response.getStatusCode().isError()) {
                log.warn(
                        "Breached-password check skipped: {} answered {}",
                        settings.breachedPasswordUrl(),
                        response.getStatusCode().value());
            }
            return response;
        } catch (IOException unreachable) {
            log.warn(
                    "Breached-password check skipped: {} cannot be reached ({})",
                    settings.breachedPasswordUrl(),
                    unreachable.toString());
            throw unreachable;
        }
    }

    /** The problem to show when {@code password} is a breached one; empty when it is not, or nobody knows. */
    public Optional<Problem> problem(String password) {
        if (!settings.breachedPasswordCheck() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        var lookup = CompletableFuture.supplyAsync(() -> checker.obtain().check(password), lookups);
        try {
            var decision = lookup.get(settings.breachedPasswordTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return decision.isCompromised() ? Optional.of(BREACHED) : Optional.empty();
        } catch (TimeoutException slow) {
            log.warn(
                    "Breached-password check skipped: no answer from {} within {}",
                    settings.breachedPasswordUrl(),
                    settings.breachedPasswordTimeout());
            return Optional.empty();
        } catch (ExecutionException failed) {
            // An unreachable service is said by sayWhenSkipped and answered "not breached"; this is the rest.
            log.warn("Breached-password check skipped: {}", failed.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
