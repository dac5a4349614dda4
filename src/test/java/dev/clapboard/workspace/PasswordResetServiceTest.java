package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.MovableClock;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Reset links expire, are used once, and a reset ends the account's sessions (the mail path: PasswordResetByMailTest). */
@ClapboardTest
@Import(MovableClock.Config.class)
@RecordApplicationEvents
class PasswordResetServiceTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_link_older_than_thirty_minutes_is_refused_and_the_password_stays() {
        var email = "late@expiry-studio.example";
        secondWorkspace.create("Expiry Studio", email, Roles.CREATOR, "C");
        var token = tokenSentTo(email);
        assertThat(resets.check(token)).isEqualTo(PasswordResetService.LinkState.OPEN);

        clock.advance(PasswordResetService.VALID_FOR.plusSeconds(1));

        assertThat(resets.check(token)).isEqualTo(PasswordResetService.LinkState.EXPIRED);
        assertThatThrownBy(() -> resets.reset(token, "a-too-late-password-1"))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("This reset link has expired. Ask for a new one: links work for 30 minutes.");
        assertThat(passwordEncoder.matches(SecondWorkspace.PASSWORD, account(email).getPasswordHash())).isTrue();
    }

    @Test
    void a_reset_ends_every_session_of_the_account_and_kills_its_other_links() {
        var email = "twice@links-studio.example";
        secondWorkspace.create("Links Studio", email, Roles.CREATOR, "C");
        var first = tokenSentTo(email);
        clock.advance(PasswordResetService.RESEND_PAUSE.plusSeconds(1));
        var second = tokenSentTo(email);
        int versionBefore = account(email).getCredentialsVersion();

        resets.reset(second, "a-fresh-password-after-reset");

        assertThat(account(email).getCredentialsVersion()).as("sessions under the old password end")
                .isGreaterThan(versionBefore);
        assertThat(resets.check(first)).isEqualTo(PasswordResetService.LinkState.USED);
        assertThat(resets.check(second)).isEqualTo(PasswordResetService.LinkState.USED);
    }

    @Test
    void asking_again_at_once_sends_no_second_mail_and_unknown_or_disabled_accounts_get_none() {
        var email = "eager@flood-studio.example";
        secondWorkspace.create("Flood Studio", email, Roles.CREATOR, "C");
        var disabled = "gone@flood-studio.example";
        secondWorkspace.create("Flood Agency", disabled, Roles.CREATOR, "C");
        transaction.executeWithoutResult(status -> account(disabled).setEnabled(false));

        resets.request(email);
        resets.request(email);
        resets.request("nobody@flood-studio.example");
        resets.request(disabled);

        assertThat(events.stream(PasswordResetRequested.class).map(PasswordResetRequested::email)).containsExactly(email);
    }

    private String tokenSentTo(String email) {
        long before = events.stream(PasswordResetRequested.class).count();
        resets.request(email);
        var sent = events.stream(PasswordResetRequested.class).skip(before).findFirst().orElseThrow();
        assertThat(sent.email()).isEqualTo(email);
        return sent.resetLink().substring(sent.resetLink().lastIndexOf('/') + 1);
    }

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }
}
