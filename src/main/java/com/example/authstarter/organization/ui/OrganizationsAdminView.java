package com.example.authstarter.organization.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.organization.Organizations;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Every organization, for administrators (the app-wide ADMIN role): name, address, members, when and by whom it
 * was made. Under {@code /admin}, which the security chain keeps to administrators at HTTP level too.
 */
@Route(OrganizationsAdminView.ROUTE)
@Menu(order = 12, icon = "vaadin:building-o", title = "menu.admin-organizations")
@RolesAllowed("ADMIN")
public class OrganizationsAdminView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/organizations";

    final Grid<Organizations.Summary> grid = new Grid<>();

    OrganizationsAdminView(Organizations organizations) {
        grid.addColumn(Organizations.Summary::name)
                .setHeader(getTranslation("org.name"))
                .setFlexGrow(2);
        var slug = grid.addColumn(Organizations.Summary::slug)
                .setHeader(getTranslation("org.admin.slug"))
                .setFlexGrow(1);
        grid.addColumn(Organizations.Summary::members)
                .setHeader(getTranslation("org.members"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        var created = grid.addColumn(summary -> Dates.day(summary.createdAt()))
                .setHeader(getTranslation("org.admin.created"))
                .setFlexGrow(1);
        var by = grid.addColumn(Organizations.Summary::createdBy)
                .setHeader(getTranslation("org.admin.created-by"))
                .setFlexGrow(1);
        grid.setItems(query -> organizations.all(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        Grids.hideOnPhones(grid, slug, created, by);
        Grids.fitRows(
                grid,
                !organizations.all(PageRequest.of(0, Grids.ALL_ROWS_UP_TO)).hasNext(),
                getTranslation("org.admin.none"));
        add(new H1(getTranslation("org.admin.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "org.admin.title");
    }
}
