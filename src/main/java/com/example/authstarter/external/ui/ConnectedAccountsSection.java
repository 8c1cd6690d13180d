package com.example.authstarter.external.ui;

import com.example.authstarter.account.ui.AccountPage;
import com.example.authstarter.account.ui.AccountSection;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.external.ConnectedAccounts;
import com.example.authstarter.external.ExternalIdentities;
import com.example.authstarter.external.ProviderTrips;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.reauth.ui.SensitiveActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The person's accounts at other providers: which are connected (the provider, the address it gave, when it was
 * connected and last used), connecting another (at the provider, then back here) and disconnecting one — never the
 * last way in. Both need a recent sign-in ({@link SensitiveActions}). Offered only where providers are configured.
 */
@SpringComponent
@Scope("prototype")
@Order(10)
class ConnectedAccountsSection extends AccountSection {

    final Grid<ExternalIdentities.Connected> connected = new Grid<>();
    final Paragraph none = new Paragraph(getTranslation("connected.none"));
    final Div connect = new Div();

    private final ConnectedAccounts accounts;
    private final SensitiveActions sensitive;

    ConnectedAccountsSection(
            ConnectedAccounts accounts, SensitiveActions sensitive, AuthenticationContext authentication) {
        super(authentication);
        this.accounts = accounts;
        this.sensitive = sensitive;
        // The provider and the address it gave in one cell, wrapping: the grid fits a phone with its button.
        connected
                .addComponentColumn(identity -> {
                    var provider = new Span(identity.provider());
                    provider.addClassName("connected-provider");
                    var cell = new Div(provider, new Span(identity.email() == null ? "" : identity.email()));
                    cell.addClassName("connected-identity");
                    return cell;
                })
                .setHeader(getTranslation("connected.column.provider"))
                .setWidth("8rem")
                .setFlexGrow(1);
        var linked = connected
                .addColumn(identity -> Dates.day(identity.linkedAt()))
                .setHeader(getTranslation("connected.column.added"))
                .setAutoWidth(true);
        var used = connected
                .addColumn(identity -> Dates.day(identity.lastUsedAt()))
                .setHeader(getTranslation("connected.column.last-used"))
                .setAutoWidth(true);
        connected
                .addComponentColumn(identity -> new Button(
                        getTranslation("connected.disconnect"),
                        click -> sensitive.run(SensitiveAction.DISCONNECT_PROVIDER, () -> disconnect(identity))))
                .setHeader(getTranslation("account.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions");
        connected.setAllRowsVisible(true);
        Grids.hideOnPhones(connected, linked, used);
        for (var provider : accounts.providers()) {
            var button = new Button(getTranslation("connected.connect", provider.name()));
            button.addClickListener(click -> sensitive.run(SensitiveAction.CONNECT_PROVIDER, () -> go(provider.id())));
            connect.add(button);
        }
        connect.addClassName("connected-connect");
        add(
                new H2(getTranslation("connected.title")),
                new Paragraph(getTranslation("connected.text")),
                connected,
                none,
                connect);
    }

    @Override
    public AccountPage page() {
        return AccountPage.CONNECTED;
    }

    @Override
    protected boolean isOffered() {
        return accounts.offered();
    }

    @Override
    protected void refresh() {
        var list = accounts.of(username());
        connected.setItems(list);
        connected.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    /** To the provider, which sends the person back here with the identity connected (or why not). */
    private void go(String providerId) {
        var url = ProviderTrips.connect(
                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession(),
                username(),
                providerId,
                "/" + AccountPage.CONNECTED.path());
        UI.getCurrent().getPage().setLocation(url);
    }

    private void disconnect(ExternalIdentities.Connected identity) {
        var dialog = new Dialog(new Paragraph(getTranslation("connected.disconnect.confirm", identity.provider())));
        var confirm = new Button(getTranslation("connected.disconnect"), click -> {
            dialog.close();
            var problem = accounts.disconnect(username(), identity.id());
            if (problem != null) {
                Notices.error(getTranslation(problem.key()));
                return;
            }
            Notices.success(getTranslation("connected.disconnected", identity.provider()));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("passkeys.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
