package com.example.newcomer;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A view written exactly as the README tells a newcomer to write one. It lives outside the app's package so
 * that only the test that registers it sees it.
 */
@Route("orders")
@PageTitle("Orders")
@Menu(title = "Orders")
@PermitAll
public class OrdersView extends Main {

    public OrdersView() {
        add(new H1("Orders"));
    }
}
