package com.example.authstarter.user;

import com.example.authstarter.base.RefusedInputException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
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

    static final String GRANTED_BY = "configuration (app.admin.username)";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminSettings settings;
    private final UserRepository users;
    private final SignUpService signUp;
    private final UserAdministration administration;
    private final I18NProvider texts;

    AdminBootstrap(
            AdminSettings settings,
            UserRepository users,
            SignUpService signUp,
            UserAdministration administration,
            I18NProvider texts) {
        this.settings = settings;
        this.users = users;
        this.signUp = signUp;
        this.administration = administration;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.namesAnAdmin()) {
            return;
        }
        var key = UserKeys.username(UserKeys.clean(settings.username()));
        if (!users.existsByUsernameKey(key)) {
            create();
            // The operator named this address; it needs no link to prove it (and may be a placeholder).
            users.findByUsernameKey(key).ifPresent(created -> users.markEmailVerified(key, created.email()));
        }
        var username = users.findByUsernameKey(key).orElseThrow().username();
        if (administration.grantAdmin(username, GRANTED_BY)) {
            log.info("Administrator role given to the configured account '{}'", username);
        }
    }

    private void create() {
        if (settings.password() == null || settings.password().isEmpty()) {
            throw new IllegalStateException("app.admin.username is set to '" + settings.username()
                    + "', which does not exist yet: set its initial password in APP_ADMIN_PASSWORD");
        }
        // Configuration leaves unset values blank rather than absent.
        var email = settings.email() == null || settings.email().isBlank()
                ? settings.username() + "@localhost.invalid"
                : settings.email();
        try {
            signUp.register(
                    new Registration(settings.username(), email, settings.password(), settings.password()),
                    Locale.ENGLISH);
        } catch (RefusedInputException rejected) {
            var problem = rejected.problem();
            throw new IllegalStateException(
                    "The configured administrator cannot be created: "
                            + texts.getTranslation(problem.key(), Locale.ENGLISH, problem.argumentArray()),
                    rejected);
        }
        log.info("Created the configured account '{}'", settings.username());
    }
}
