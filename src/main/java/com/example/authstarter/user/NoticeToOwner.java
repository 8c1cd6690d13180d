package com.example.authstarter.user;

/**
 * A fact the account's owner is told of by mail ({@link AccountNotices}): every feature's events that matter to
 * the owner implement it. The mail's texts are {@code mail.<notice>.subject} and {@code .body}.
 */
public interface NoticeToOwner {

    String username();

    /** Which mail: the key part of its texts, such as {@code notice-password-changed}. */
    String notice();
}
