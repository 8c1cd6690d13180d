package com.example.authstarter.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One "remember me" device: the series stays for the device, the token changes at every use. */
@Document(RememberMeToken.COLLECTION)
record RememberMeToken(@Id String series, String username, String tokenValue, Instant lastUsed) {

    static final String COLLECTION = "remember_me_tokens";
    static final String USERNAME = "username";
    static final String LAST_USED = "lastUsed";

    @Override
    public String toString() {
        return "RememberMeToken[series=" + series + ", username=" + username + ", lastUsed=" + lastUsed + "]";
    }
}
