package com.example.authstarter.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Signs people up and answers questions about accounts. */
@Service
public class UserService {

    public static final Problem USERNAME_TAKEN = Problem.of("rule.username.taken");
    public static final Problem EMAIL_TAKEN = Problem.of("rule.email.taken");

    private final UserRepository users;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final ReentrantLock[] registrationTurns = new ReentrantLock[64];
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AdminSettings settings;

    UserService(
            UserRepository users,
            MongoTemplate mongo,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            AdminSettings settings) {
        this.settings = settings;
        this.users = users;
        this.mongo = mongo;
        this.events = events;
        for (int i = 0; i < registrationTurns.length; i++) {
            registrationTurns[i] = new ReentrantLock();
        }
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Stores a new account with the {@link Role#USER} role.
     *
     * @throws RefusedInputException if a rule is broken or the username or email is taken, even when another
     *     sign-up took it a moment ago (the unique index decides)
     */
    public Member register(Registration registration) {
        check(RefusedInputException.Field.USERNAME, RegistrationRules.usernameProblem(registration.username()));
        check(RefusedInputException.Field.EMAIL, RegistrationRules.emailProblem(registration.email()));
        check(
                RefusedInputException.Field.PASSWORD,
                RegistrationRules.passwordProblem(
                        registration.password(), registration.username(), registration.email()));
        check(
                RefusedInputException.Field.REPEAT_PASSWORD,
                RegistrationRules.repeatProblem(registration.password(), registration.repeatPassword()));
        var username = UserKeys.clean(registration.username());
        var email = UserKeys.clean(registration.email());
        var usernameKey = UserKeys.username(username);
        // Sign-ups of one name in this instance take turns, so only the first pays for a password hash and
        // the rest are refused by the cheap check. Across instances the unique index still decides.
        var turn = registrationTurns[Math.floorMod(usernameKey.hashCode(), registrationTurns.length)];
        turn.lock();
        try {
            refuseIfTaken(usernameKey, UserKeys.email(email));
            var user = User.newUser(username, email, passwordEncoder.encode(registration.password()), clock.instant());
            Member member;
            try {
                var stored = users.insert(user);
                if (settings.firstUserIsAdmin() && users.count() == 1 && claimFirstAdmin()) {
                    stored = users.save(stored.withRoles(EnumSet.of(Role.USER, Role.ADMIN)));
                }
                member = Member.of(stored);
            } catch (DuplicateKeyException raced) {
                // Another instance stored the same name or email between the check above and this insert.
                refuseIfTaken(user.usernameKey(), user.emailKey());
                throw new RefusedInputException(RefusedInputException.Field.USERNAME, USERNAME_TAKEN);
            }
            events.publishEvent(new UserRegistered(member.username(), member.joined()));
            return member;
        } finally {
            turn.unlock();
        }
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

    public boolean isUsernameTaken(String username) {
        return users.existsByUsernameKey(UserKeys.username(UserKeys.clean(username)));
    }

    public boolean isEmailTaken(String email) {
        return users.existsByEmailKey(UserKeys.email(UserKeys.clean(email)));
    }

    /**
     * One page of members, oldest first unless the page asks for {@link User#USERNAME_KEY} or
     * {@link User#CREATED_AT} order. A slice, not a page: counting a large collection on every scroll would
     * cost more than reading the rows.
     */
    public Slice<Member> members(Pageable pageable) {
        var sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(User.CREATED_AT);
        // The id breaks ties, so rows with equal keys never move between pages.
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("_id")));
        return users.findAllBy(stable).map(Member::of);
    }

    public Optional<Member> member(String username) {
        return users.findByUsernameKey(UserKeys.username(username)).map(Member::of);
    }

    /** Whether the user chose the dark theme; remembered with the account, so it follows them. */
    public boolean prefersDarkMode(String username) {
        return users.findByUsernameKey(UserKeys.username(username))
                .map(User::darkMode)
                .orElse(false);
    }

    public void setDarkMode(String username, boolean dark) {
        mongo.updateFirst(
                Query.query(Criteria.where(User.USERNAME_KEY).is(UserKeys.username(username))),
                Update.update(User.DARK_MODE, dark),
                User.class);
    }

    /** Locks an account: it cannot sign in until an administrator sets a new password. */
    public void lock(String username) {
        var key = UserKeys.username(username);
        mongo.updateFirst(
                Query.query(Criteria.where(User.USERNAME_KEY).is(key)), Update.update("locked", true), User.class);
    }

    /** The stored credentials for a username, matched case-insensitively. */
    public Optional<Credentials> credentials(String username) {
        return users.findByUsernameKey(UserKeys.username(username)).map(Credentials::of);
    }

    /** Replaces a stored hash, as Spring Security asks when the hashing parameters have been raised. */
    public void replacePasswordHash(String username, String newHash) {
        users.findByUsernameKey(UserKeys.username(username))
                .ifPresent(user -> users.save(user.withPasswordHash(newHash)));
    }

    private static void check(RefusedInputException.Field field, Optional<Problem> problem) {
        problem.ifPresent(found -> {
            throw new RefusedInputException(field, found);
        });
    }
}
