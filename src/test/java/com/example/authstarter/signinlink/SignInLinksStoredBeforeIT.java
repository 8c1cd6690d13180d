package com.example.authstarter.signinlink;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.StoredData;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A sign-in link mailed before an upgrade ({@link StoredData}) signs in after it. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInLinksStoredBeforeIT {

    @Autowired
    StoredData stored;

    @Autowired
    HttpsRedirectPorts ports;

    @Test
    void a_link_mailed_before_signs_in() throws Exception {
        var token = stored.load().get("olga", Document.class).getString("signInLinkToken");
        var browser = new HttpsClient(ports.httpsPort());
        var csrf = browser.csrfToken("/login/ott?token=" + token);

        var signedIn = browser.postForm("/login/ott", Map.of("token", token, "_csrf", csrf));

        assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
    }
}
