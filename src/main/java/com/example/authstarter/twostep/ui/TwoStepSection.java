package com.example.authstarter.twostep.ui;

import com.example.authstarter.account.ui.AccountPage;
import com.example.authstarter.account.ui.AccountSection;
import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.reauth.ui.SensitiveActions;
import com.example.authstarter.twostep.QrCode;
import com.example.authstarter.twostep.TwoStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * Two-step sign-in: set it up (a QR code and the key as text, confirmed with a first code), see the
 * recovery codes once (and download them), make new ones, turn it off with the current password.
 */
@SpringComponent
@Scope("prototype")
@Order(30)
class TwoStepSection extends AccountSection {

    @Override
    public AccountPage page() {
        return AccountPage.SECURITY;
    }

    static final Problem WRONG_CODE = Problem.of("two-step.setup.wrong");

    final Div content = new Div();
    final Button begin = new Button(getTranslation("two-step.begin"));
    final TextField code = new TextField(getTranslation("two-step.setup.code"));
    final Button confirm = new Button(getTranslation("two-step.setup.confirm"));
    final Paragraph key = new Paragraph();
    final UnorderedList recoveryCodes = new UnorderedList();
    final Button newCodes = new Button(getTranslation("two-step.new-codes"));
    final PasswordField password = new PasswordField(getTranslation("account.current-password"));
    final Button turnOff = new Button(getTranslation("two-step.turn-off"));

    private final TwoStep twoStep;
    private final IdentityConfirmation identity;

    TwoStepSection(
            TwoStep twoStep,
            IdentityConfirmation identity,
            SensitiveActions sensitive,
            AuthenticationContext authentication) {
        super(authentication);
        this.twoStep = twoStep;
        this.identity = identity;
        // Vaadin's list of autocomplete values has no one-time-code; browsers and phones know it.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(6);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        turnOff.addThemeVariants(ButtonVariant.ERROR);
        begin.addClickListener(click -> begin());
        confirm.addClickListener(click -> confirm());
        // New codes make the old ones worthless and are shown on screen: only after a recent sign-in.
        newCodes.addClickListener(click -> sensitive.run(
                SensitiveAction.NEW_RECOVERY_CODES,
                () -> twoStep.newRecoveryCodes(username()).ifPresent(this::showCodes)));
        turnOff.addClickListener(click -> turnOff());
        add(new H2(getTranslation("two-step.section")), content);
    }

    @Override
    protected void refresh() {
        showState();
    }

    private void showState() {
        content.removeAll();
        if (twoStep.isOn(username())) {
            password.clear();
            content.add(
                    new Paragraph(getTranslation("two-step.on.text", twoStep.recoveryCodesLeft(username()))),
                    newCodes,
                    new FormLayout(password),
                    turnOff);
        } else {
            content.add(new Paragraph(getTranslation("two-step.off.text")), begin);
        }
    }

    private void begin() {
        var setup = twoStep.begin(username());
        var qr = new Image(QrCode.dataUrl(setup.otpauthUri()), getTranslation("two-step.setup.qr"));
        qr.addClassName("two-step-qr");
        key.setText(getTranslation("two-step.setup.key", grouped(setup.secret())));
        code.clear();
        FieldErrors.clear(code);
        content.removeAll();
        content.add(new Paragraph(getTranslation("two-step.setup.text")), qr, key, new FormLayout(code), confirm);
        code.focus();
    }

    private void confirm() {
        FieldErrors.clear(code);
        twoStep.confirm(username(), code.getValue())
                .ifPresentOrElse(this::showCodes, () -> FieldErrors.show(code, WRONG_CODE));
    }

    private void showCodes(List<String> codes) {
        recoveryCodes.removeAll();
        recoveryCodes.addClassName("recovery-codes");
        codes.forEach(one -> recoveryCodes.add(new ListItem(one)));
        var text = String.join("\n", codes) + "\n";
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "recovery-codes.txt",
                        "text/plain",
                        text.length())),
                getTranslation("two-step.codes.download"));
        var done = new Button(getTranslation("two-step.codes.done"), click -> showState());
        content.removeAll();
        content.add(new Paragraph(getTranslation("two-step.codes.text")), recoveryCodes, download, done);
    }

    private void turnOff() {
        FieldErrors.clear(password);
        try {
            identity.require(SensitiveAction.TURN_OFF_TWO_STEP, username(), password.getValue());
        } catch (RefusedInputException refused) {
            FieldErrors.show(password, refused.problem());
            return;
        }
        twoStep.turnOff(username());
        Notices.success(getTranslation("two-step.turned-off"));
        showState();
    }

    /** The key in groups of four, as apps show it and people type it. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
