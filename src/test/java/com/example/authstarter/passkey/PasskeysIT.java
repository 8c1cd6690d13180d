package com.example.authstarter.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.SignInWays;
import com.example.authstarter.user.SignUpService;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/** The MongoDB stores behind Spring Security's WebAuthn support, and the account page's operations on them. */
@WithApp
class PasskeysIT {

    @Autowired
    PasskeyCredentialStore credentials;

    @Autowired
    PasskeyUserStore users;

    @Autowired
    Passkeys passkeys;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Mails mails;

    @Autowired
    SignUpService signUp;

    @BeforeEach
    void setUp() {
        mails.empty();
        testUsers.create("rita");
        testUsers.create("sven");
    }

    @Test
    void a_stored_passkey_reads_back_as_spring_security_wrote_it() {
        var handle = users.findOrCreate("rita").getId();
        var stored = record(handle, "Laptop");

        credentials.save(stored);

        var read = credentials.findByCredentialId(stored.getCredentialId());
        assertThat(read).usingRecursiveComparison().isEqualTo(stored);
        assertThat(credentials.findByUserId(handle)).hasSize(1);
        assertThat(users.findByUsername("RITA").getId()).as("found by its key").isEqualTo(handle);
        assertThat(users.findById(handle).getName()).isEqualTo("rita");
    }

    @Test
    void an_account_has_one_user_handle_however_often_it_is_asked_for() {
        var first = users.findOrCreate("rita").getId();

        assertThat(users.findOrCreate("rita").getId()).isEqualTo(first);
        assertThat(users.findOrCreate("sven").getId()).isNotEqualTo(first);
    }

    @Test
    void a_sign_in_updates_the_count_and_time_but_never_undoes_a_rename() {
        var handle = users.findOrCreate("rita").getId();
        var stored = record(handle, "Laptop");
        credentials.save(stored);
        passkeys.rename("rita", stored.getCredentialId().toBase64UrlString(), "Work laptop");

        // What Spring saves after a sign-in: the record as it read it before, with the new count and time.
        var used = Instant.parse("2026-11-25T12:00:00Z");
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(stored)
                .signatureCount(7)
                .lastUsed(used)
                .build());

        assertThat(passkeys.of("rita")).singleElement().satisfies(one -> {
            assertThat(one.name()).isEqualTo("Work laptop");
            assertThat(one.lastUsed()).isEqualTo(used);
        });
        assertThat(credentials.findByCredentialId(stored.getCredentialId()).getSignatureCount())
                .isEqualTo(7);
    }

    @Test
    void the_last_passkey_of_an_account_without_a_password_stays() {
        signUp.registerExternal("uma", "uma@example.com", true, Locale.ENGLISH);
        var first = credentials(users.findOrCreate("uma").getId(), "Phone");
        var second = credentials(users.findOrCreate("uma").getId(), "Laptop");

        assertThat(passkeys.remove("uma", second)).as("another way in is left").isNull();
        assertThat(passkeys.remove("uma", first)).isEqualTo(SignInWays.LAST_WAY_IN);

        assertThat(passkeys.of("uma"))
                .singleElement()
                .extracting(Passkeys.Passkey::name)
                .isEqualTo("Phone");
        assertThat(passkeys.remove("rita", "no-such-passkey"))
                .as("an account with a password loses no way in")
                .isNull();
    }

    private String credentials(Bytes handle, String name) {
        var stored = record(handle, name);
        credentials.save(stored);
        return stored.getCredentialId().toBase64UrlString();
    }

    @Test
    void nobody_renames_or_removes_another_persons_passkey() {
        var stored = record(users.findOrCreate("rita").getId(), "Laptop");
        credentials.save(stored);
        users.findOrCreate("sven");
        var id = stored.getCredentialId().toBase64UrlString();

        passkeys.rename("sven", id, "Mine now");
        passkeys.remove("sven", id);

        assertThat(passkeys.of("rita"))
                .singleElement()
                .satisfies(one -> assertThat(one.name()).isEqualTo("Laptop"));
        assertThat(passkeys.of("sven")).isEmpty();
    }

    @Test
    void names_must_be_one_to_sixty_four_characters_without_control_characters() {
        var stored = record(users.findOrCreate("rita").getId(), "Laptop");
        credentials.save(stored);
        var id = stored.getCredentialId().toBase64UrlString();

        assertThat(passkeys.rename("rita", id, "   ")).isFalse();
        assertThat(passkeys.rename("rita", id, "x".repeat(65))).isFalse();
        assertThat(passkeys.rename("rita", id, "tab\there")).isFalse();
        assertThat(passkeys.rename("rita", id, "  Phone  ")).isTrue();
        assertThat(passkeys.of("rita").getFirst().name()).isEqualTo("Phone");
    }

    @Test
    void removing_one_tells_the_owner_and_deleting_the_account_removes_all() {
        var handle = users.findOrCreate("rita").getId();
        var first = record(handle, "Laptop");
        credentials.save(first);
        credentials.save(record(handle, "Phone"));

        passkeys.remove("rita", first.getCredentialId().toBase64UrlString());
        assertThat(passkeys.of("rita")).extracting(Passkeys.Passkey::name).containsExactly("Phone");
        mails.arrived(testUsers.email("rita"), "A passkey was removed from your account");

        events.publishEvent(new AccountEvents.AccountDeleted("rita"));
        assertThat(passkeys.has("rita")).isFalse();
        assertThat(mongo.count(new Query(), PasskeyRecord.class)).isZero();
        assertThat(users.findByUsername("rita")).isNull();
    }

    private static ImmutableCredentialRecord record(Bytes handle, String label) {
        return ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(handle)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .backupEligible(true)
                .backupState(false)
                .attestationObject(new Bytes(new byte[] {4, 5}))
                .attestationClientDataJSON(new Bytes(new byte[] {6}))
                .label(label)
                .created(Instant.parse("2026-11-01T10:00:00Z"))
                .lastUsed(Instant.parse("2026-11-01T10:00:00Z"))
                .build();
    }
}
