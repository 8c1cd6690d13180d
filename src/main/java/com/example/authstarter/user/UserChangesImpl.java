package com.example.authstarter.user;

import com.example.authstarter.base.MongoSlices;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The MongoDB side of {@link UserChanges}: one conditional {@code updateOne} per change. */
class UserChangesImpl implements UserChanges {

    private final MongoTemplate mongo;

    UserChangesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean changeOwnPassword(String usernameKey, String checkedHash, String newHash) {
        return update(ownAccount(usernameKey, checkedHash), Update.update(User.PASSWORD_HASH, newHash));
    }

    @Override
    public boolean deleteOwn(String usernameKey, String checkedHash) {
        return mongo.remove(Query.query(ownAccount(usernameKey, checkedHash)), User.class)
                        .getDeletedCount()
                == 1;
    }

    @Override
    public boolean upgradePasswordHash(String usernameKey, String oldHash, String newHash) {
        return update(
                account(usernameKey).and(User.PASSWORD_HASH).is(oldHash), Update.update(User.PASSWORD_HASH, newHash));
    }

    @Override
    public boolean resetPassword(String usernameKey, String newHash) {
        if (!update(account(usernameKey), Update.update(User.PASSWORD_HASH, newHash))) {
            return false;
        }
        // Only the lock that failed sign-ins caused: an administrator's lock stays until they lift it.
        update(
                account(usernameKey).and(User.LOCK_REASON).is(User.LockReason.FAILED_SIGN_INS),
                Update.update(User.LOCKED, false).unset(User.LOCK_REASON));
        return true;
    }

    @Override
    public boolean markEmailVerified(String usernameKey, String email) {
        return update(account(usernameKey).and(User.EMAIL).is(email), Update.update(User.EMAIL_VERIFIED, true));
    }

    @Override
    public boolean confirmEmailChange(String usernameKey, String email) {
        return update(
                account(usernameKey),
                Update.update(User.EMAIL, email)
                        .set(User.EMAIL_KEY, UserKeys.email(email))
                        .set(User.EMAIL_VERIFIED, true));
    }

    @Override
    public boolean lock(String usernameKey, User.LockReason reason) {
        return update(
                account(usernameKey).and(User.LOCKED).ne(true),
                Update.update(User.LOCKED, true).set(User.LOCK_REASON, reason));
    }

    @Override
    public boolean unlock(String usernameKey) {
        return update(
                account(usernameKey).and(User.LOCKED).is(true),
                Update.update(User.LOCKED, false).unset(User.LOCK_REASON));
    }

    @Override
    public boolean addRole(String usernameKey, Role role) {
        return update(account(usernameKey).and(User.ROLES).ne(role), new Update().addToSet(User.ROLES, role));
    }

    @Override
    public boolean removeRole(String usernameKey, Role role) {
        return update(account(usernameKey).and(User.ROLES).is(role), new Update().pull(User.ROLES, role));
    }

    @Override
    public void setDarkMode(String usernameKey, boolean dark) {
        update(account(usernameKey), Update.update(User.DARK_MODE, dark));
    }

    @Override
    public Slice<User> slice(Pageable pageable) {
        return sliceByKeyPrefix(null, pageable);
    }

    @Override
    public Slice<User> sliceByKeyPrefix(String keyPrefix, Pageable pageable) {
        var query = new Query();
        if (keyPrefix != null && !keyPrefix.isEmpty()) {
            // Anchored and literal, so the unique indexes on the keys serve it.
            var prefix = "^" + Pattern.quote(keyPrefix);
            query.addCriteria(new Criteria()
                    .orOperator(
                            Criteria.where(User.USERNAME_KEY).regex(prefix),
                            Criteria.where(User.EMAIL_KEY).regex(prefix)));
        }
        var sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(User.CREATED_AT);
        return MongoSlices.find(mongo, query, pageable, sort, User.class);
    }

    private boolean update(Criteria where, Update update) {
        return mongo.updateFirst(Query.query(where), update, User.class).getMatchedCount() == 1;
    }

    private static Criteria account(String usernameKey) {
        return Criteria.where(User.USERNAME_KEY).is(usernameKey);
    }

    /** The owner's own change holds only while the password they confirmed is current and no lock came in. */
    private static Criteria ownAccount(String usernameKey, String checkedHash) {
        return account(usernameKey)
                .and(User.PASSWORD_HASH)
                .is(checkedHash)
                .and(User.LOCKED)
                .is(false);
    }
}
