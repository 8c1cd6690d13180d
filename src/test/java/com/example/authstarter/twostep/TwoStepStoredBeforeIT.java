package com.example.authstarter.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.StoredData;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Two-step sign-in set up before an upgrade ({@link StoredData}) takes its codes after it. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class TwoStepStoredBeforeIT {

    @Autowired
    StoredData stored;

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    TwoStepFixtures twoStep;

    @Test
    void two_step_sign_in_takes_a_code_of_the_stored_secret_and_a_stored_recovery_code() throws Exception {
        var secrets = stored.load();
        var password = secrets.getString("password");
        var tom = secrets.get("tom", Document.class);
        var withCode = new HttpsClient(ports.httpsPort());
        assertThat(HttpsClient.location(withCode.signIn("tom", password))).isEqualTo("/login/code");

        var code = twoStep.codeFor(tom.getString("twoStepSecret"), 0);
        assertThat(HttpsClient.location(sendCode(withCode, code))).isEqualTo("/");

        var withRecoveryCode = new HttpsClient(ports.httpsPort());
        withRecoveryCode.signIn("tom", password);
        var recovery = tom.getList("recoveryCodes", String.class).getFirst();
        assertThat(HttpsClient.location(sendCode(withRecoveryCode, recovery))).isEqualTo("/");
    }

    private static HttpResponse<String> sendCode(HttpsClient client, String code) throws Exception {
        return client.postForm("/login/code", Map.of("code", code, "_csrf", client.csrfTokenFromLoginPage()));
    }
}
