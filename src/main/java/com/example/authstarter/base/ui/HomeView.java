package com.example.authstarter.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page after sign-in: greets the user. */
@Route("")
@PageTitle("Welcome | Vaadin Auth Starter")
@Menu(order = 0, icon = "vaadin:home", title = "Welcome")
@PermitAll
public class HomeView extends Main {

    final H1 greeting = new H1();

    HomeView(AuthenticationContext authentication) {
        addClassName("view");
        greeting.setText("Welcome, " + authentication.getPrincipalName().orElse("") + "!");
        add(greeting, new Paragraph("You are signed in. This page and everything under the menu is for members only."));
    }
}
