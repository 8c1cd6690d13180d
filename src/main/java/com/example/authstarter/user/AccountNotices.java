package com.example.authstarter.user;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.Outbox;
import com.example.authstarter.outbox.OutboxHandler;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people by mail when something security-relevant happened to their account: every event that is a
 * {@link NoticeToOwner} (a new password, a requested change of address, a lock after failed sign-ins, the
 * administrator role given or taken, a copied "keep me signed in" cookie, two-step sign-in and passkeys
 * changed). A notice holds no secret, so it is written when the event happens and sent through the outbox.
 */
@Component
class AccountNotices implements OutboxHandler {

    static final String KIND = "notice";
    private static final String TO = "to";
    private static final String LANGUAGE = "language";
    private static final String NOTICE = "notice";
    private static final String USERNAME = "username";
    private static final String PAGE = "page";
    private static final String DETAIL = "detail";

    private final UserRepository users;
    private final Outbox outbox;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    AccountNotices(UserRepository users, Outbox outbox, Mailer mailer, PublicUrl publicUrl) {
        this.users = users;
        this.outbox = outbox;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    /** Every fact that its owner is told of, from whichever feature announced it. */
    @EventListener
    void on(NoticeToOwner fact) {
        users.findByUsernameKey(UserKeys.username(fact.username())).ifPresent(user -> enqueue(user, fact));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> payload) {
        var notice = payload.get(NOTICE);
        var letter = Letter.of(
                payload.get(TO),
                Locale.forLanguageTag(payload.get(LANGUAGE)),
                notice,
                payload.get(USERNAME),
                payload.getOrDefault(DETAIL, ""));
        // A locked-out account is shown the way back in; one whose cookie was copied, the way to a new password;
        // any other the settings page the notice speaks of, if any (notices queued before there were links: none).
        if (notice.equals("notice-locked-out") || notice.equals("notice-cookie-reused")) {
            mailer.deliver(letter.withLink(publicUrl.of(PasswordReset.FORGOT_PASSWORD_PATH)));
        } else if (payload.containsKey(PAGE)) {
            mailer.deliver(letter.withLink(publicUrl.of(payload.get(PAGE))));
        } else {
            mailer.deliver(letter);
        }
    }

    private void enqueue(User user, NoticeToOwner fact) {
        var payload = new HashMap<String, String>();
        payload.put(TO, user.email());
        payload.put(LANGUAGE, user.locale().toLanguageTag());
        payload.put(NOTICE, fact.notice());
        payload.put(USERNAME, user.username());
        fact.settingsPage().ifPresent(path -> payload.put(PAGE, path));
        fact.detail().ifPresent(detail -> payload.put(DETAIL, detail));
        outbox.enqueue(KIND, payload);
    }
}
