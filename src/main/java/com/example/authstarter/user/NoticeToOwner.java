package com.example.authstarter.user;

import java.util.Optional;

/**
 * A fact the account's owner is told of by mail ({@link AccountNotices}): every feature's events that matter to
 * the owner implement it. The mail's texts are {@code mail.<notice>.subject} and {@code .body}, and {@code .action}
 * for the link to the settings page it speaks of.
 */
public interface NoticeToOwner {

    /** "My account"'s page of two-step sign-in and passkeys ({@code account/ui/AccountPage.SECURITY}). */
    String SECURITY_PAGE = "/account/security";
    /** "My account"'s page of sessions and devices ({@code account/ui/AccountPage.SESSIONS}). */
    String SESSIONS_PAGE = "/account/sessions";
    /** "My account"'s page of the email address ({@code account/ui/AccountPage.EMAIL}). */
    String EMAIL_PAGE = "/account/email";

    String username();

    /** Which mail: the key part of its texts, such as {@code notice-password-changed}. */
    String notice();

    /** The page the mail links to, where the person sees or undoes the change; none by default. */
    default Optional<String> settingsPage() {
        return Optional.empty();
    }

    /** What the mail's body names as {@code {1}} after the username (an organization's name); none by default. */
    default Optional<String> detail() {
        return Optional.empty();
    }
}
