package com.example.authstarter.passkey.ui;

import com.example.authstarter.base.ui.CsrfTokens;
import com.example.authstarter.passkey.Passkeys;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import java.io.Serializable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Calls the browser side of passkeys, {@code META-INF/resources/passkeys.js}, from a view: the module is
 * imported on first use (no frontend bundle) and the function's promise comes back as the result. The
 * functions that talk to Spring Security's endpoints get the session's CSRF token as their first argument.
 */
public final class PasskeyScript {

    private PasskeyScript() {}

    /** {@code passkeys.js}'s {@code function(arguments…)}, run in the browser of {@code on}'s page. */
    public static PendingJavaScriptResult call(Component on, String function, Serializable... arguments) {
        return invoke(on, function, references(0, arguments.length), arguments);
    }

    /**
     * As {@link #call}, with the CSRF token put first: {@code {header, token}} of the current request, which
     * carries the session's token.
     */
    public static PendingJavaScriptResult callWithToken(Component on, String function, Serializable... arguments) {
        var csrf = CsrfTokens.current().orElse(null);
        var all = new Serializable[arguments.length + 2];
        all[0] = csrf == null ? "" : csrf.getHeaderName();
        all[1] = csrf == null ? "" : csrf.getToken();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        var rest = references(2, all.length);
        return invoke(on, function, "{header: $0, token: $1}" + (rest.isEmpty() ? "" : ", " + rest), all);
    }

    private static PendingJavaScriptResult invoke(
            Component on, String function, String argumentList, Serializable[] values) {
        return on.getElement()
                .executeJs(
                        "return import(new URL('" + Passkeys.SCRIPT + "', document.baseURI).href).then(m => m."
                                + function + "(" + argumentList + "))",
                        values);
    }

    /** {@code $from, …} up to {@code $(to - 1)}: executeJs's names for its arguments. */
    private static String references(int from, int to) {
        return IntStream.range(from, to).mapToObj(index -> "$" + index).collect(Collectors.joining(", "));
    }
}
