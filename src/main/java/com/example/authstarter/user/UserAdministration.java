package com.example.authstarter.user;

import com.example.authstarter.base.MongoSlices;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What administrators may do to accounts. Lists are read a slice at a time with index-backed filters and
 * sorts (a name or email prefix, the indexed keys), so they stay quick with a million accounts.
 */
@Service
public class UserAdministration {

    public static final String CANNOT_DEMOTE_SELF = "rule.admin.cannot-demote-self";

    private final UserRepository users;
    private final UserService userService;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    UserAdministration(
            UserRepository users, UserService userService, MongoTemplate mongo, ApplicationEventPublisher events) {
        this.users = users;
        this.userService = userService;
        this.mongo = mongo;
        this.events = events;
    }

    /**
     * Accounts whose username or email starts with {@code filter} (any case; blank: all), in the order the
     * page asks for: {@link User#USERNAME_KEY}, {@link User#EMAIL_KEY} or {@link User#CREATED_AT}.
     */
    public Slice<UserSummary> search(String filter, Pageable pageable) {
        var query = new Query();
        if (filter != null && !filter.isBlank()) {
            var prefix = "^" + Pattern.quote(UserKeys.email(UserKeys.clean(filter)));
            query.addCriteria(new Criteria()
                    .orOperator(
                            Criteria.where(User.USERNAME_KEY).regex(prefix),
                            Criteria.where(User.EMAIL_KEY).regex(prefix)));
        }
        var sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(User.CREATED_AT);
        return MongoSlices.find(mongo, query, pageable, sort.and(Sort.by("_id")), User.class)
                .map(UserSummary::of);
    }

    public void lock(String username, String by) {
        userService.lock(username);
        events.publishEvent(new AccountEvents.AccountLocked(username, by));
    }

    /** Unlocks an account, also one locked after too many failed sign-ins. */
    public void unlock(String username, String by) {
        users.findByUsernameKey(UserKeys.username(username)).ifPresent(user -> {
            users.save(user.withLocked(false));
            events.publishEvent(new AccountEvents.AccountUnlocked(user.username(), by));
        });
    }

    public void grantAdmin(String username, String by) {
        changeRoles(username, by, true);
    }

    /** @throws IllegalArgumentException when administrators try to remove their own role */
    public void revokeAdmin(String username, String by) {
        if (UserKeys.username(username).equals(UserKeys.username(by))) {
            throw new IllegalArgumentException(CANNOT_DEMOTE_SELF);
        }
        changeRoles(username, by, false);
    }

    private void changeRoles(String username, String by, boolean admin) {
        users.findByUsernameKey(UserKeys.username(username)).ifPresent(user -> {
            var roles = EnumSet.copyOf(user.roles());
            if (admin ? roles.add(Role.ADMIN) : roles.remove(Role.ADMIN)) {
                users.save(user.withRoles(roles));
                events.publishEvent(new AccountEvents.RolesChanged(user.username(), by));
            }
        });
    }
}
