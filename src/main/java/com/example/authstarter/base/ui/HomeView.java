package com.example.authstarter.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page after sign-in: greets the user. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.welcome")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    final H1 greeting = new H1();

    HomeView(AuthenticationContext authentication) {
        greeting.setText(getTranslation(
                "home.greeting", authentication.getPrincipalName().orElse("")));
        add(greeting, new Paragraph(getTranslation("home.text")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "home.title");
    }
}
