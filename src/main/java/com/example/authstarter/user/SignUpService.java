package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.password.NewPasswords;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Signs people up: the rules, the uniqueness of names and emails, and the optional first administrator. */
@Service
public class SignUpService {

    public static final Problem USERNAME_TAKEN = Problem.of("rule.username.taken");
    public static final Problem EMAIL_TAKEN = Problem.of("rule.email.taken");
    static final String FIRST_ADMIN_GRANTED_BY = "first sign-up";

    private final UserRepository users;
    private final MongoTemplate mongo;
    private final NewPasswords newPasswords;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AdminSettings settings;
    private final UserAdministration administration;
    private final List<AddressRule> addressRules;
    private final ReentrantLock[] nameTurns = new ReentrantLock[64];

    SignUpService(
            UserRepository users,
            MongoTemplate mongo,
            NewPasswords newPasswords,
            Clock clock,
            ApplicationEventPublisher events,
            AdminSettings settings,
            UserAdministration administration,
            List<AddressRule> addressRules) {
        this.users = users;
        this.mongo = mongo;
        this.newPasswords = newPasswords;
        this.clock = clock;
        this.events = events;
        this.settings = settings;
        this.administration = administration;
        this.addressRules = addressRules;
        for (int i = 0; i < nameTurns.length; i++) {
            nameTurns[i] = new ReentrantLock();
        }
    }

    /**
     * Stores a new account with the {@link Role#USER} role; a mail to verify its address follows.
     *
     * @param language the language the person signed up in, which their mail will be written in
     * @throws RefusedInputException if a rule is broken or the username or email is taken, even when another
     *     sign-up took it a moment ago (the unique index decides)
     */
    public Member register(Registration registration, Locale language) {
        RefusedInputException.refuseIf(
                RefusedInputException.Field.USERNAME, RegistrationRules.usernameProblem(registration.username()));
        RefusedInputException.refuseIf(
                RefusedInputException.Field.EMAIL, RegistrationRules.emailProblem(registration.email()));
        RefusedInputException.refuseIf(RefusedInputException.Field.EMAIL, addressProblem(registration.email()));
        newPasswords.check(
                registration.password(), registration.repeatPassword(), registration.username(), registration.email());
        var username = UserKeys.clean(registration.username());
        var email = UserKeys.clean(registration.email());
        var usernameKey = UserKeys.username(username);
        // Sign-ups of one name in this instance take turns, so only the first pays for a password hash and
        // the rest are refused by the cheap check. Across instances the unique index still decides.
        var turn = nameTurns[Math.floorMod(usernameKey.hashCode(), nameTurns.length)];
        turn.lock();
        try {
            refuseIfTaken(usernameKey, UserKeys.email(email));
            var user = User.newUser(
                    username, email, newPasswords.hash(registration.password()), clock.instant(), language);
            User stored;
            try {
                stored = users.insert(user);
            } catch (DuplicateKeyException raced) {
                // Another instance stored the same name or email between the check above and this insert.
                refuseIfTaken(user.usernameKey(), user.emailKey());
                throw new RefusedInputException(RefusedInputException.Field.USERNAME, USERNAME_TAKEN);
            }
            events.publishEvent(new AccountEvents.Registered(stored.username(), stored.createdAt()));
            if (settings.firstSignUp() && users.count() == 1 && claimFirstAdmin()) {
                administration.grantAdmin(stored.username(), FIRST_ADMIN_GRANTED_BY);
            }
            return Member.of(stored);
        } finally {
            turn.unlock();
        }
    }

    /**
     * Stores a new account for a person who signed in with another provider and has no account here: no
     * password, the username {@code wanted} (made to meet the rules) or the first free variant of it ("ann2").
     * The address counts as verified only when the provider said so. Nothing is mailed: the person is signed in.
     *
     * @return the new account's username
     * @throws RefusedInputException with {@link #EMAIL_TAKEN} when an account has the address (a sign-up a moment
     *     ago, perhaps on another instance: the unique index decides)
     */
    public String registerExternal(String wanted, String email, boolean emailVerified, Locale language) {
        var address = UserKeys.clean(email);
        RefusedInputException.refuseIf(RefusedInputException.Field.EMAIL, RegistrationRules.emailProblem(address));
        if (users.existsByEmailKey(UserKeys.email(address))) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, EMAIL_TAKEN);
        }
        var base = ExternalUsernames.base(wanted, address);
        for (int attempt = 0; attempt < ExternalUsernames.ATTEMPTS; attempt++) {
            var username = ExternalUsernames.variant(base, attempt);
            if (users.existsByUsernameKey(UserKeys.username(username))) {
                continue;
            }
            // Taken since the check above, the address's unique index refuses the insert.
            User stored;
            try {
                stored =
                        users.insert(User.newExternalUser(username, address, emailVerified, clock.instant(), language));
            } catch (DuplicateKeyException raced) {
                // Someone took the name or the address just now: the address ends it, the name tries the next.
                if (users.existsByEmailKey(UserKeys.email(address))) {
                    throw new RefusedInputException(RefusedInputException.Field.EMAIL, EMAIL_TAKEN);
                }
                continue;
            }
            events.publishEvent(new AccountEvents.Registered(stored.username(), stored.createdAt()));
            return stored.username();
        }
        throw new IllegalStateException("No free username near " + base);
    }

    /** What a feature's rule says against signing up with a password at this address ({@link AddressRule}). */
    public Optional<Problem> addressProblem(String email) {
        var address = email == null ? "" : UserKeys.clean(email);
        return addressRules.stream()
                .map(rule -> rule.problemFor(address))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public boolean isUsernameTaken(String username) {
        return users.existsByUsernameKey(UserKeys.username(UserKeys.clean(username)));
    }

    public boolean isEmailTaken(String email) {
        return users.existsByEmailKey(UserKeys.email(UserKeys.clean(email)));
    }

    /** Only one sign-up may ever become the first administrator, whatever the instances and timing. */
    private boolean claimFirstAdmin() {
        try {
            mongo.insert(new Document("_id", "first-admin").append("at", clock.instant()), "app_claims");
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    private void refuseIfTaken(String usernameKey, String emailKey) {
        if (users.existsByUsernameKey(usernameKey)) {
            throw new RefusedInputException(RefusedInputException.Field.USERNAME, USERNAME_TAKEN);
        }
        if (users.existsByEmailKey(emailKey)) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, EMAIL_TAKEN);
        }
    }
}
