package com.example.authstarter.passkey.ui;

import com.example.authstarter.account.ui.AccountPage;
import com.example.authstarter.account.ui.AccountSection;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.passkey.PasskeyRelyingParty;
import com.example.authstarter.passkey.Passkeys;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.reauth.ui.SensitiveActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Consumer;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The person's passkeys: add one under a name of their choice, see when each was added and last used, rename
 * or remove it. Adding and removing need a recent sign-in ({@link SensitiveActions}); the browser makes the
 * passkey and Spring Security's endpoint registers it ({@code passkeys.js}).
 */
@SpringComponent
@Scope("prototype")
@Order(40)
class PasskeysSection extends AccountSection {

    @Override
    public AccountPage page() {
        return AccountPage.SECURITY;
    }

    final Grid<Passkeys.Passkey> passkeys = new Grid<>();
    final Paragraph none = new Paragraph(getTranslation("passkeys.none"));
    final Button add = new Button(getTranslation("passkeys.add"));

    private final Passkeys store;
    private final SensitiveActions sensitive;

    PasskeysSection(Passkeys store, SensitiveActions sensitive, AuthenticationContext authentication) {
        super(authentication);
        this.store = store;
        this.sensitive = sensitive;

        passkeys.addColumn(Passkeys.Passkey::name)
                .setHeader(getTranslation("passkeys.column.name"))
                .setAutoWidth(true);
        var created = passkeys.addColumn(passkey -> Dates.when(passkey.created()))
                .setHeader(getTranslation("passkeys.column.created"))
                .setAutoWidth(true);
        passkeys.addColumn(
                        passkey -> passkey.lastUsed().isAfter(passkey.created().plusSeconds(1))
                                ? Dates.when(passkey.lastUsed())
                                : getTranslation("passkeys.never"))
                .setHeader(getTranslation("passkeys.column.last-used"))
                .setAutoWidth(true);
        passkeys.addComponentColumn(passkey -> new HorizontalLayout(
                        new Button(getTranslation("passkeys.rename"), click -> rename(passkey)),
                        new Button(
                                getTranslation("passkeys.remove"),
                                click -> sensitive.run(SensitiveAction.REMOVE_PASSKEY, () -> remove(passkey)))))
                .setHeader(getTranslation("account.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions");
        passkeys.setAllRowsVisible(true);
        Grids.hideOnPhones(passkeys, created);
        add.addClickListener(click -> sensitive.run(SensitiveAction.ADD_PASSKEY, this::askName));

        add(
                new H2(getTranslation("passkeys.title")),
                new Paragraph(getTranslation("passkeys.text")),
                passkeys,
                none,
                this.add);
    }

    @Override
    protected void refresh() {
        var list = store.of(username());
        passkeys.setItems(list);
        passkeys.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    /** The first step of adding one: its name. The browser then makes it. */
    private void askName() {
        new NameDialog(
                        "",
                        name -> PasskeyScript.callWithToken(this, "register", name)
                                .then(String.class, outcome -> added(name, outcome)))
                .open();
    }

    private void added(String name, String outcome) {
        switch (outcome) {
            case "added" -> Notices.success(getTranslation("passkeys.added", name));
            case "unsupported" -> Notices.error(getTranslation("passkeys.unsupported"));
            default -> Notices.error(getTranslation("passkeys.failed"));
        }
        refresh();
    }

    private void rename(Passkeys.Passkey passkey) {
        new NameDialog(passkey.name(), name -> {
                    store.rename(username(), passkey.id(), name);
                    Notices.success(getTranslation("passkeys.renamed"));
                    refresh();
                })
                .open();
    }

    private void remove(Passkeys.Passkey passkey) {
        var dialog = new Dialog(new Paragraph(getTranslation("passkeys.remove.confirm", passkey.name())));
        var confirm = new Button(getTranslation("passkeys.remove"), click -> {
            dialog.close();
            var problem = store.remove(username(), passkey.id());
            if (problem != null) {
                Notices.error(getTranslation(problem.key()));
                return;
            }
            Notices.success(getTranslation("passkeys.removed", passkey.name()));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("passkeys.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Asks for a passkey's name; a name of 1 to 64 characters goes to {@code done}. */
    final class NameDialog extends Dialog {

        final TextField name = new TextField(getTranslation("passkeys.name"));
        final Button save;

        NameDialog(String current, Consumer<String> done) {
            name.setValue(current);
            name.setHelperText(getTranslation("passkeys.name.helper"));
            name.setMaxLength(PasskeyRelyingParty.MAX_NAME_CHARS);
            name.setRequired(true);
            name.setWidthFull();
            save = new Button(getTranslation(current.isEmpty() ? "passkeys.create" : "passkeys.save"), click -> {
                var acceptable = PasskeyRelyingParty.acceptableName(name.getValue());
                if (acceptable == null) {
                    name.setInvalid(true);
                    name.setErrorMessage(getTranslation("passkeys.name.invalid"));
                    return;
                }
                close();
                done.accept(acceptable);
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            setHeaderTitle(getTranslation(current.isEmpty() ? "passkeys.add" : "passkeys.rename"));
            add(name);
            getFooter().add(new Button(getTranslation("passkeys.cancel"), click -> close()), save);
        }
    }
}
