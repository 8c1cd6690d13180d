package com.example.authstarter.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * "Username or email, then a link by mail": the form of the forgot-password and sign-in-link pages. Once
 * sent, it always shows the same sentence, whatever was typed, so it tells no one which accounts exist.
 */
public class AskByMailForm extends Div {

    public final TextField identifier = new TextField();
    public final Button send = new Button();
    public final Paragraph sent = new Paragraph();
    public final Anchor back = new Anchor();

    /**
     * @param texts the key prefix of the texts: {@code <texts>.identifier}, {@code .submit}, {@code .sent}
     * @param ask what to do with what was typed (the client's address is the caller's to find)
     * @param backPath where the way back leads, with its text {@code <texts>.back}
     */
    public AskByMailForm(String texts, Consumer<String> ask, String backPath) {
        addClassName("ask-by-mail");
        identifier.setLabel(getTranslation(texts + ".identifier"));
        identifier.setAutocomplete(Autocomplete.USERNAME);
        identifier.setRequiredIndicatorVisible(true);
        identifier.setMaxLength(254);
        send.setText(getTranslation(texts + ".submit"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        send.addClickListener(click -> {
            if (identifier.getValue().isBlank()) {
                identifier.setErrorMessage(getTranslation("ask-by-mail.required"));
                identifier.setInvalid(true);
                return;
            }
            ask.accept(identifier.getValue());
            identifier.setInvalid(false);
            identifier.setEnabled(false);
            send.setVisible(false);
            sent.setVisible(true);
        });
        sent.setText(getTranslation(texts + ".sent"));
        sent.setVisible(false);
        back.setHref(backPath);
        back.setText(getTranslation(texts + ".back"));
        back.getElement().setAttribute("router-link", true);
        add(identifier, send, sent, back);
    }
}
