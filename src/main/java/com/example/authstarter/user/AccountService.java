package com.example.authstarter.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What signed-in people may do to their own account. Each change asks for the current password, so a
 * session left open on a shared computer is not enough to take the account over.
 */
@Service
public class AccountService {

    public static final Problem WRONG_PASSWORD = Problem.of("rule.current-password.wrong");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Sets a new password; every other session and every remember-me device of the account is signed out.
     *
     * @param keepSessionId the session the change was made in, which stays signed in
     */
    public void changePassword(
            String username, String currentPassword, String newPassword, String repeat, String keepSessionId) {
        var user = confirmed(username, currentPassword);
        RegistrationRules.passwordProblem(newPassword, user.username(), user.email())
                .ifPresent(problem -> {
                    throw new RefusedInputException(RefusedInputException.Field.PASSWORD, problem);
                });
        RegistrationRules.repeatProblem(newPassword, repeat).ifPresent(problem -> {
            throw new RefusedInputException(RefusedInputException.Field.REPEAT_PASSWORD, problem);
        });
        users.save(user.withPasswordHash(passwordEncoder.encode(newPassword)));
        events.publishEvent(new AccountEvents.PasswordChanged(user.username(), keepSessionId));
    }

    /** Sets a new email address, which must be valid and not registered to anyone. */
    public void changeEmail(String username, String currentPassword, String newEmail) {
        var user = confirmed(username, currentPassword);
        RegistrationRules.emailProblem(newEmail).ifPresent(problem -> {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, problem);
        });
        var email = UserKeys.clean(newEmail);
        var owner = users.findByEmailKey(UserKeys.email(email));
        if (owner.isPresent() && !owner.get().id().equals(user.id())) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, UserService.EMAIL_TAKEN);
        }
        try {
            users.save(user.withEmail(email));
        } catch (DuplicateKeyException raced) {
            throw new RefusedInputException(RefusedInputException.Field.EMAIL, UserService.EMAIL_TAKEN);
        }
        events.publishEvent(new AccountEvents.EmailChanged(user.username()));
    }

    /** Deletes the account; listeners remove what else belongs to it (devices, sessions, its audit trail). */
    public void deleteAccount(String username, String currentPassword) {
        var user = confirmed(username, currentPassword);
        users.delete(user);
        events.publishEvent(new AccountEvents.AccountDeleted(user.username()));
    }

    private User confirmed(String username, String currentPassword) {
        var user = users.findByUsernameKey(UserKeys.username(username))
                .orElseThrow(
                        () -> new RefusedInputException(RefusedInputException.Field.CURRENT_PASSWORD, WRONG_PASSWORD));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new RefusedInputException(RefusedInputException.Field.CURRENT_PASSWORD, WRONG_PASSWORD);
        }
        return user;
    }
}
