package com.example.authstarter.passkey;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account as passkeys know it: a random WebAuthn user handle (never the username or an address, which the
 * authenticator would store) and the name it shows. One per account, made when the first passkey is added.
 *
 * @param userHandle base64url
 * @param usernameKey the account's key, as {@code users.usernameKey}: unique
 */
@Document(PasskeyUser.COLLECTION)
record PasskeyUser(@Id String userHandle, String usernameKey, String name, String displayName) {

    static final String COLLECTION = "passkey_users";
    static final String USERNAME_KEY = "usernameKey";
}
