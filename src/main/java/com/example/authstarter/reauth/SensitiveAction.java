package com.example.authstarter.reauth;

/**
 * The changes that hurt most if someone else makes them, and what each asks first: the policy of "confirm it is
 * you", in one place. {@link IdentityConfirmation} applies it to every confirmation (the forms' current-password
 * fields and the dialog alike), so changing a line here changes what the pages ask; the README's "Confirming it is
 * you" lists it.
 *
 * <ul>
 *   <li>{@link Ask#PASSWORD_EVERY_TIME}: the form asks for the current password, whenever the person signed in.
 *   <li>{@link Ask#RECENT_SIGN_IN}: a sign-in (or confirmation) in this session within {@link
 *       ReauthSettings#recentSignIn()} is enough; later, the page asks in place — for the password, a code from
 *       the authenticator app or a passkey — and then makes the change.
 * </ul>
 */
public enum SensitiveAction {
    CHANGE_PASSWORD(Ask.PASSWORD_EVERY_TIME),
    /** A first password, for an account made with another provider's identity (it has none to ask for). */
    SET_PASSWORD(Ask.RECENT_SIGN_IN),
    CHANGE_EMAIL(Ask.PASSWORD_EVERY_TIME),
    DELETE_ACCOUNT(Ask.PASSWORD_EVERY_TIME),
    TURN_OFF_TWO_STEP(Ask.PASSWORD_EVERY_TIME),
    NEW_RECOVERY_CODES(Ask.RECENT_SIGN_IN),
    ADD_PASSKEY(Ask.RECENT_SIGN_IN),
    REMOVE_PASSKEY(Ask.RECENT_SIGN_IN),
    /** Connecting or disconnecting an account at another provider ("Connected accounts"). */
    CONNECT_PROVIDER(Ask.RECENT_SIGN_IN),
    DISCONNECT_PROVIDER(Ask.RECENT_SIGN_IN),
    /** An administrator's lock or unlock of another account. */
    LOCK_ACCOUNT(Ask.RECENT_SIGN_IN),
    /** An administrator's grant or removal of the administrator role. */
    CHANGE_ROLES(Ask.RECENT_SIGN_IN),
    /** An administrator's "sign out everywhere" for another account. */
    SIGN_OUT_ACCOUNT(Ask.RECENT_SIGN_IN);

    /** What an action asks before it is made. */
    public enum Ask {
        PASSWORD_EVERY_TIME,
        RECENT_SIGN_IN
    }

    private final Ask ask;

    SensitiveAction(Ask ask) {
        this.ask = ask;
    }

    public Ask ask() {
        return ask;
    }
}
