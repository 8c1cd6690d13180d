package com.example.authstarter.user.ui;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.password.PasswordRules;
import com.example.authstarter.password.ui.PasswordStrengthMeter;
import com.example.authstarter.user.Registration;
import com.example.authstarter.user.RegistrationRules;
import com.example.authstarter.user.SignUpService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;

/**
 * Sign-up. The fields are checked as the user types, with the same {@link RegistrationRules} and {@link
 * PasswordRules} the service applies when it stores the account. Someone already signed in is sent to the
 * start page.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField username = new TextField(getTranslation("register.username"));
    final EmailField email = new EmailField(getTranslation("register.email"));
    final PasswordField password = new PasswordField(getTranslation("register.password"));
    final PasswordField repeatPassword = new PasswordField(getTranslation("register.repeat"));
    final PasswordStrengthMeter strength = new PasswordStrengthMeter();
    final Button register = new Button(getTranslation("register.submit"));
    // A path rather than the view class: the sign-in feature depends on this one, not the other way round.
    final Anchor signIn = new Anchor(SignInPage.ROUTE, getTranslation("register.sign-in-link"));

    private final Binder<Registration> binder = new Binder<>(Registration.class);
    private final SignUpService signUp;
    private final AuthenticationContext authentication;

    /** Other ways to sign up, under the form ({@link RegisterPageExtension}). */
    final Div waysIn = new Div();

    RegisterView(SignUpService signUp, AuthenticationContext authentication, List<RegisterPageExtension> extensions) {
        this.signUp = signUp;
        this.authentication = authentication;
        addClassName("narrow-page");
        configureFields();
        bindFields();

        register.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter in the last field submits; blurring first sends that field's value (it syncs on blur).
        register.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        register.addClickListener(click -> submit());
        signIn.getElement().setAttribute("router-link", true);

        var form = new FormLayout(username, email, password, strength, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new H1(getTranslation("register.heading")),
                new Paragraph(getTranslation("register.hint", PasswordRules.MIN)),
                form,
                register,
                waysIn,
                signIn);
        waysIn.addClassName("login-ways");
        extensions.forEach(extension -> extension.extend(this));
    }

    /** Fills in the address a feature knows the person has (an invitation was sent there); they may change it. */
    public void proposeEmail(String address) {
        email.setValue(address);
    }

    /** Adds a feature's word above the form (what signing up here leads to). */
    public void addHint(Component hint) {
        addComponentAtIndex(2, hint);
    }

    /** Adds another way to sign up under the form. */
    public void addWayIn(Component way) {
        waysIn.add(way);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "register.title");
    }

    private void configureFields() {
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setMaxLength(RegistrationRules.USERNAME_MAX);
        username.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(RegistrationRules.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordRules.MAX);
        password.setRequiredIndicatorVisible(true);
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setMaxLength(PasswordRules.MAX);
        repeatPassword.setRequiredIndicatorVisible(true);
        for (var field : new HasValueChangeMode[] {username, email, password, repeatPassword}) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        // The meter follows typing without validating each keystroke: it reads the field's browser-side value.
        password.getElement()
                .addEventListener(
                        "input",
                        typed -> rateStrength(
                                typed.getEventData().get("element.value").asString()))
                .addEventData("element.value")
                .debounce(250);
        password.addValueChangeListener(change -> rateStrength(change.getValue()));
    }

    private void bindFields() {
        // Every rule, with its message, comes from the rules classes; the fields' own checks would add
        // a second, unworded verdict for the same input.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(username)
                .withValidator(FieldErrors.rule(RegistrationRules::usernameProblem))
                .withValidator(FieldErrors.rule(name ->
                        signUp.isUsernameTaken(name) ? Optional.of(SignUpService.USERNAME_TAKEN) : Optional.empty()))
                .bind("username");
        binder.forField(email)
                .withValidator(FieldErrors.rule(RegistrationRules::emailProblem))
                .withValidator(FieldErrors.rule(signUp::addressProblem))
                .withValidator(FieldErrors.rule(address ->
                        signUp.isEmailTaken(address) ? Optional.of(SignUpService.EMAIL_TAKEN) : Optional.empty()))
                .bind("email");
        var passwordBinding = binder.forField(password)
                .withValidator(
                        FieldErrors.rule(value -> PasswordRules.problem(value, username.getValue(), email.getValue())))
                .bind("password");
        var repeat = binder.forField(repeatPassword)
                .withValidator(FieldErrors.rule(value -> PasswordRules.repeatProblem(password.getValue(), value)))
                .bind("repeatPassword");
        // The repeat field's verdict depends on the password, so check it again when the password changes.
        password.addValueChangeListener(change -> {
            if (!repeatPassword.isEmpty()) {
                repeat.validate();
            }
        });
        // Likewise the password's, which may not contain the username or email.
        username.addValueChangeListener(change -> revalidateIfFilled(passwordBinding));
        email.addValueChangeListener(change -> revalidateIfFilled(passwordBinding));
    }

    private void revalidateIfFilled(Binder.Binding<Registration, String> passwordBinding) {
        if (!password.isEmpty()) {
            passwordBinding.validate();
        }
        rateStrength(password.getValue());
    }

    private void rateStrength(String candidate) {
        strength.show(candidate, List.of(username.getValue(), email.getValue()));
    }

    private void submit() {
        try {
            signUp.register(binder.writeRecord(), getLocale());
        } catch (ValidationException invalid) {
            // The binder has already put each message on its field.
            return;
        } catch (RefusedInputException rejected) {
            // Someone else took the name or email since the field was checked: show it on the field.
            FieldErrors.show(fieldFor(rejected.field()), rejected.problem());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SignInPage.ROUTE, QueryParameters.of(SignInPage.REGISTERED, "")));
    }

    private HasValidation fieldFor(RefusedInputException.Field field) {
        return switch (field) {
            // Sign-up has no other name or text; should a rule ever blame one, the username field shows it.
            case USERNAME, NAME, TEXT -> username;
            case EMAIL -> email;
            // Sign-up asks for no current password; should a rule ever blame one, the password field shows it.
            case PASSWORD, CURRENT_PASSWORD -> password;
            case REPEAT_PASSWORD -> repeatPassword;
        };
    }
}
