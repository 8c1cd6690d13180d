package com.example.authstarter.organization.ui;

import com.example.authstarter.organization.PendingInvitation;
import com.example.authstarter.user.ui.RegisterPageExtension;
import com.example.authstarter.user.ui.RegisterView;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.stereotype.Component;

/**
 * A person who came from an invitation's link signs up with the invited address filled in, and is told that the
 * link proved it (no second mail) and that they come back to the invitation after signing in.
 */
@Component
class InvitationOnRegisterPage implements RegisterPageExtension {

    private final PendingInvitation pending;

    InvitationOnRegisterPage(PendingInvitation pending) {
        this.pending = pending;
    }

    @Override
    public void extend(RegisterView page) {
        pending.offer().ifPresent(offer -> {
            page.proposeEmail(offer.email());
            var hint = new Paragraph(page.getTranslation("invitation.register-hint", offer.organization()));
            hint.addClassName("org-hint");
            page.addHint(hint);
        });
    }
}
