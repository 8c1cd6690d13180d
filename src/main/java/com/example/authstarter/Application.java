package com.example.authstarter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;

/** Starts the app; also the Vaadin app shell, which carries page-wide settings (PWA manifest, theme). */
// Spring Boot's OAuth2 client set-up is decided by conditions that Spring AOT fixes at build time, and keeps
// every provider's tokens in memory; external/ reads the same settings at run time and keeps no token.
@SpringBootApplication(exclude = {OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class})
@ConfigurationPropertiesScan
@PWA(
        name = "Vaadin Auth Starter",
        shortName = "Auth Starter",
        description = "Sign up, sign in and a protected backend",
        iconPath = "icons/icon.png",
        offlinePath = "offline.html",
        offlineResources = {"icons/icon.png"})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** What search engines and link previews show for the app, in the visitor's language. */
    @Override
    public void configurePage(AppShellSettings settings) {
        var texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        settings.addMetaTag(
                "description",
                texts.getTranslation("app.description", settings.getRequest().getLocale()));
    }
}
