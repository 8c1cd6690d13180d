package com.example.authstarter.user;

import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the configured administrator exists and has the role. A new account is created with the
 * password from the environment, which must meet the same rules as anyone's; an existing one keeps its
 * password and only gains the role.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminSettings settings;
    private final UserRepository users;
    private final UserService userService;

    AdminBootstrap(AdminSettings settings, UserRepository users, UserService userService) {
        this.settings = settings;
        this.users = users;
        this.userService = userService;
    }

    /** The problem in the app's English texts, for the start-up log. */
    private static String english(Problem problem) {
        var texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        return new MessageFormat(texts.getString(problem.key()), Locale.ENGLISH).format(problem.argumentArray());
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.namesAnAdmin()) {
            return;
        }
        var existing = users.findByUsernameKey(UserKeys.username(UserKeys.clean(settings.username())));
        if (existing.isPresent()) {
            var roles = EnumSet.copyOf(existing.get().roles());
            if (roles.add(Role.ADMIN)) {
                users.save(existing.get().withRoles(roles));
                log.info("Administrator role given to the configured account '{}'", settings.username());
            }
            return;
        }
        if (settings.password() == null || settings.password().isEmpty()) {
            throw new IllegalStateException("app.admin.username is set to '" + settings.username()
                    + "', which does not exist yet: set its initial password in APP_ADMIN_PASSWORD");
        }
        // Configuration leaves unset values blank rather than absent.
        var email = settings.email() == null || settings.email().isBlank()
                ? settings.username() + "@localhost.invalid"
                : settings.email();
        try {
            userService.register(
                    new Registration(settings.username(), email, settings.password(), settings.password()));
        } catch (RefusedInputException rejected) {
            throw new IllegalStateException(
                    "The configured administrator cannot be created: " + english(rejected.problem()), rejected);
        }
        var created = users.findByUsernameKey(UserKeys.username(UserKeys.clean(settings.username())))
                .orElseThrow();
        users.save(created.withRoles(EnumSet.of(Role.USER, Role.ADMIN)));
        log.info("Created the configured administrator '{}'", settings.username());
    }
}
