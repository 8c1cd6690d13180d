package com.example.authstarter.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Translations;
import com.example.authstarter.user.ui.RegisterView;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageAndThemeTest extends KaribuTest {

    @Autowired
    ThemePreference themes;

    @Test
    void english_and_german_are_offered_so_the_browser_language_can_pick_one() {
        var provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();

        assertThat(provider.getProvidedLocales())
                .extracting(Locale::getLanguage)
                .contains("de")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void every_english_text_has_a_german_one() throws Exception {
        var english = load("/vaadin-i18n/translations.properties");
        var german = load("/vaadin-i18n/translations_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void a_german_browser_gets_german_registration_and_sign_in() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        // Setting up the UI already showed the login view in English; a fresh view is made on navigation.
        UI.getCurrent().navigate(RegisterView.class);
        var username = _get(TextField.class);
        assertThat(username.getLabel()).isEqualTo("Benutzername");
        _click(_get(Button.class, spec -> spec.withText("Konto anlegen")));
        assertThat(username.getErrorMessage()).isEqualTo("Wählen Sie einen Benutzernamen");

        UI.getCurrent().navigate(SignInView.class);
        assertThat(_get(Checkbox.class).getLabel()).isEqualTo("Auf diesem Gerät angemeldet bleiben");
        assertThat(String.valueOf(_get(LoginOverlay.class).getElement().getPropertyRaw("i18n")))
                .contains("Benutzername oder Passwort falsch");
        assertThat(Translations.text(Locale.GERMAN, "rule.password.length", 12, 128))
                .isEqualTo("Verwenden Sie 12 bis 128 Zeichen");
    }

    @Test
    void the_menu_speaks_german_to_a_german_member() {
        testUsers.create("greta");
        signInAs("greta");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getLabel)
                .startsWith("Willkommen", "Mitglieder", "Mein Konto");
        assertThat(_get(HomeView.class).greeting.getText()).isEqualTo("Willkommen, greta!");
    }

    @Test
    void dark_mode_is_switched_on_and_remembered_for_the_user() {
        testUsers.create("dora");
        signInAs("dora");
        UI.getCurrent().navigate(HomeView.class);
        var layout = _get(MainLayout.class);
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);

        assertThat(layout.themeSwitch.getText()).isEqualTo("Dark mode");

        ContextMenuKt._click(layout.userMenu, layout.themeSwitch);

        assertThat(UI.getCurrent().getElement().getThemeList()).contains(Lumo.DARK);
        assertThat(themes.prefersDark("dora")).isTrue();
        assertThat(layout.themeSwitch.getText()).isEqualTo("Light mode");
    }

    @Test
    void a_remembered_dark_mode_is_applied_when_the_user_comes_back() {
        testUsers.create("dora");
        themes.setDark("dora", true);
        signInAs("dora");

        UI.getCurrent().navigate(HomeView.class);

        assertThat(UI.getCurrent().getElement().getThemeList()).contains(Lumo.DARK);
        assertThat(_get(MainLayout.class).isDark()).isTrue();
    }

    private static Properties load(String resource) throws Exception {
        var properties = new Properties();
        try (var in = LanguageAndThemeTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
