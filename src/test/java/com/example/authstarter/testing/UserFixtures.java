package com.example.authstarter.testing;

import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.Credentials;
import com.example.authstarter.user.Member;
import com.example.authstarter.user.Registration;
import com.example.authstarter.user.SignUpService;
import com.example.authstarter.user.UserKeys;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts for tests: made through the same service the registration form uses, read through what signing in
 * reads. What no service does on its own (an account the rules would refuse, a lock without its consequences)
 * is written to the {@code users} collection as the app stores it.
 */
@Component
public class UserFixtures {

    public static final String PASSWORD = "correct horse battery";

    private static final String USERS = "users";

    private final SignUpService signUp;
    private final AccountCredentials credentials;
    private final PasswordEncoder passwordEncoder;
    private final MongoTemplate mongo;

    UserFixtures(
            SignUpService signUp,
            AccountCredentials credentials,
            PasswordEncoder passwordEncoder,
            MongoTemplate mongo) {
        this.signUp = signUp;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.mongo = mongo;
    }

    public Member create(String username) {
        return signUp.register(
                new Registration(username, username + "@example.com", PASSWORD, PASSWORD), Locale.ENGLISH);
    }

    /**
     * Stores an account as given, past the registration rules: for data the rules would not let in today.
     * Its password is {@link #PASSWORD}.
     */
    public void insertUnchecked(String username, String email) {
        mongo.insert(
                new Document("username", username)
                        .append("usernameKey", UserKeys.username(username))
                        .append("email", email)
                        .append("emailKey", UserKeys.email(email))
                        .append("passwordHash", passwordEncoder.encode(PASSWORD))
                        .append("roles", List.of("USER"))
                        .append("createdAt", new Date())
                        .append("locked", false)
                        .append("darkMode", false)
                        .append("emailVerified", false)
                        .append("language", "en"),
                USERS);
    }

    /** Locks the account as an administrator would, without the sign-outs and notices that follow that. */
    public void lock(String username) {
        set(username, Update.update("locked", true).set("lockReason", "ADMINISTRATOR"));
    }

    public void verifyEmail(String username) {
        set(username, Update.update("emailVerified", true));
    }

    public boolean isEmailVerified(String username) {
        return account(username).emailVerified();
    }

    public boolean isLocked(String username) {
        return account(username).locked();
    }

    public boolean exists(String username) {
        return credentials.of(username).isPresent();
    }

    public String email(String username) {
        return account(username).email();
    }

    public long count() {
        return mongo.getCollection(USERS).countDocuments();
    }

    private Credentials account(String username) {
        return credentials.of(username).orElseThrow();
    }

    private void set(String username, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("usernameKey").is(UserKeys.username(username))), update, USERS);
    }
}
