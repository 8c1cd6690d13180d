package com.example.authstarter.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.SoftwarePasskey;
import com.example.authstarter.testing.StoredData;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A passkey stored before an upgrade ({@link StoredData}) is listed and signs in after it. */
@WithApp(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "app.passkeys.allowed-origins=" + PasskeySignInIT.ORIGIN)
class PasskeysStoredBeforeIT {

    @Autowired
    StoredData stored;

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    Passkeys passkeys;

    @Test
    void a_passkey_is_listed_and_signs_in() throws Exception {
        var saved = stored.load().get("olga", Document.class).get("passkey", Document.class);
        var passkey = new SoftwarePasskey(new SoftwarePasskey.Saved(
                saved.getString("rpId"),
                saved.getString("publicKey"),
                saved.getString("privateKey"),
                saved.getString("credentialId"),
                saved.getString("userHandle"),
                saved.getLong("signCount")));
        assertThat(passkeys.of("olga"))
                .singleElement()
                .satisfies(one -> assertThat(one.name()).isEqualTo("Fixture key"));

        var phone = new HttpsClient(ports.httpsPort());
        var csrf = phone.csrfTokenFromLoginPage();
        var options = phone.sendJson("POST", "/webauthn/authenticate/options", null, "X-CSRF-TOKEN", csrf);
        var signedIn = phone.sendJson(
                "POST",
                "/login/webauthn",
                passkey.assertion(options.body(), PasskeySignInIT.ORIGIN),
                "X-CSRF-TOKEN",
                csrf);

        assertThat(signedIn.body()).contains("\"authenticated\":true");
        assertThat(phone.get("/members").statusCode()).isEqualTo(200);
    }
}
