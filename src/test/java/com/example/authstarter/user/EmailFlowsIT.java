package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Verifying an address and moving to a new one, with the mail read from the embedded SMTP server. */
@WithApp
class EmailFlowsIT {

    @Autowired
    SignUpService signUp;

    @Autowired
    EmailVerification verification;

    @Autowired
    AccountService accounts;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @Test
    void sign_up_sends_a_verification_link_that_verifies_the_address_once() {
        testUsers.create("vera");
        assertThat(testUsers.isEmailVerified("vera")).isFalse();

        var mail = mails.arrived("vera@example.com", "Confirm your email address");

        assertThat(mail.text()).contains("Hello vera,").contains("3 days");
        assertThat(mail.link()).startsWith("https://auth.example.test/verify-email?token=");
        assertThat(mail.html()).contains("<a href=\"" + mail.link() + "\"");
        assertThat(verification.confirm(mail.token())).isEqualTo(EmailVerification.Outcome.VERIFIED);
        assertThat(testUsers.isEmailVerified("vera")).isTrue();
        assertThat(verification.confirm(mail.token())).isEqualTo(EmailVerification.Outcome.INVALID);
        assertThat(events(SecurityEvent.Type.EMAIL_VERIFIED)).isEqualTo(1);
    }

    @Test
    void mail_is_written_in_the_language_the_person_signed_up_in() {
        signUp.register(
                new Registration("greta", "greta@example.com", UserFixtures.PASSWORD, UserFixtures.PASSWORD),
                Locale.GERMAN);

        var mail = mails.arrived("greta@example.com", "Bestätigen Sie Ihre E-Mail-Adresse");

        assertThat(mail.text()).contains("Hallo greta,").contains("Meine Adresse bestätigen");
        assertThat(mail.html()).contains("lang=\"de\"");
    }

    @Test
    void the_link_can_be_sent_again_three_mails_an_hour_at_most() {
        testUsers.create("vera");
        mails.arrived("vera@example.com", "Confirm your email address");

        assertThat(accounts.resendVerification("vera")).isTrue();
        assertThat(accounts.resendVerification("vera")).isTrue();
        assertThat(accounts.resendVerification("vera"))
                .as("fourth mail this hour")
                .isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(accounts.resendVerification("vera")).isTrue();
    }

    @Test
    void only_the_newest_verification_link_works() {
        testUsers.create("vera");
        var first = mails.arrived("vera@example.com", "Confirm your email address");
        accounts.resendVerification("vera");
        mails.empty();
        var second = mails.arrived("vera@example.com", "Confirm your email address");

        assertThat(verification.confirm(first.token())).isEqualTo(EmailVerification.Outcome.INVALID);
        assertThat(verification.confirm(second.token())).isEqualTo(EmailVerification.Outcome.VERIFIED);
    }

    @Test
    void a_new_address_takes_effect_only_from_the_link_sent_to_it_and_the_old_one_is_told() {
        testUsers.create("paula");
        testUsers.verifyEmail("paula");

        accounts.changeEmail("paula", UserFixtures.PASSWORD, "paula@new.example");

        var confirmation = mails.arrived("paula@new.example", "Confirm your new email address");
        var notice = mails.arrived("paula@example.com", "A change of your email address was requested");
        assertThat(notice.text()).doesNotContain("paula@new.example");
        assertThat(testUsers.email("paula")).isEqualTo("paula@example.com");

        assertThat(verification.confirm(confirmation.token())).isEqualTo(EmailVerification.Outcome.EMAIL_CHANGED);
        assertThat(testUsers.email("paula")).isEqualTo("paula@new.example");
        assertThat(testUsers.isEmailVerified("paula")).isTrue();
        assertThat(events(SecurityEvent.Type.EMAIL_CHANGE_REQUESTED)).isEqualTo(1);
        assertThat(events(SecurityEvent.Type.EMAIL_CHANGED)).isEqualTo(1);
    }

    @Test
    void an_address_taken_by_someone_else_before_the_link_is_opened_is_not_moved_to() {
        testUsers.create("paula");
        accounts.changeEmail("paula", UserFixtures.PASSWORD, "shared@example.com");
        var confirmation = mails.arrived("shared@example.com", "Confirm your new email address");
        signUp.register(
                new Registration("quinn", "shared@example.com", UserFixtures.PASSWORD, UserFixtures.PASSWORD),
                Locale.ENGLISH);

        assertThat(verification.confirm(confirmation.token())).isEqualTo(EmailVerification.Outcome.ADDRESS_TAKEN);
        assertThat(testUsers.email("paula")).isEqualTo("paula@example.com");
    }

    @Test
    void asking_for_a_move_counts_against_the_hourly_mails() {
        testUsers.create("paula");
        accounts.changeEmail("paula", UserFixtures.PASSWORD, "one@new.example");
        accounts.changeEmail("paula", UserFixtures.PASSWORD, "two@new.example");

        assertThatThrownBy(() -> accounts.changeEmail("paula", UserFixtures.PASSWORD, "three@new.example"))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage(EmailVerification.TOO_MANY_MAILS.key());
    }

    private long events(SecurityEvent.Type type) {
        return mongo.findAll(SecurityEvent.class).stream()
                .filter(event -> event.type() == type)
                .count();
    }
}
