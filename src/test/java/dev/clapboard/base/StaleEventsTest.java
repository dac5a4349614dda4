package dev.clapboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.InviteSummary;
import dev.clapboard.workspace.NewInvite;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event a node left undelivered (it died after the publishing transaction committed, before the listener
 * finished) is delivered by the periodic job on another node once it is older than the threshold, and not
 * before: here the invite e-mail that {@code MailListeners} writes to the outbox.
 */
@ClapboardTest
class StaleEventsTest {

    @Autowired
    StaleEvents staleEvents;
    @Autowired
    InviteService invites;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;


    @AfterEach
    void revokeInvitesAndSignOut() {
        signIn.as(DemoLogins.ADMIN);
        invites.list(PageRequest.of(0, 500)).stream().filter(InviteSummary::pending)
                .forEach(invite -> invites.revoke(invite.id()));
        SignIn.out();
    }

    @Test
    void an_invite_mail_a_dead_node_left_undelivered_is_sent_by_the_periodic_job() {
        var email = inviteAndForgetTheMail(Duration.ofHours(1));

        staleEvents.redeliver();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> publicationOf(email).completed());
        assertThat(publicationOf(email).status()).isEqualTo("COMPLETED");
    }

    @Test
    void a_delivery_younger_than_the_threshold_is_left_to_the_node_working_on_it() {
        var email = inviteAndForgetTheMail(Duration.ofMinutes(2));
        var attempts = publicationOf(email).attempts();

        staleEvents.redeliver();

        var publication = publicationOf(email);
        assertThat(publication.status()).isEqualTo("PUBLISHED");
        assertThat(publication.attempts()).isEqualTo(attempts);
        assertThat(mailsTo(email)).isZero();
    }

    @Test
    void a_publication_already_retried_within_the_threshold_waits_for_the_next_one() {
        var email = inviteAndForgetTheMail(Duration.ofHours(1));
        jdbc.sql("update event_publication set status = 'FAILED', last_resubmission_date = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), publicationOf(email).id()).update();
        var attempts = publicationOf(email).attempts();

        staleEvents.redeliver();

        assertThat(publicationOf(email).status()).isEqualTo("FAILED");
        assertThat(publicationOf(email).attempts()).isEqualTo(attempts);
        assertThat(mailsTo(email)).isZero();
    }

    /**
     * Invites someone, waits for the mail, then puts the database in the state a node that died mid-delivery
     * leaves: the publication incomplete since {@code age} ago, and no mail in the outbox.
     */
    private String inviteAndForgetTheMail(Duration age) {
        var email = "late-" + UUID.randomUUID() + "@newcomer.example";
        signIn.as(DemoLogins.ADMIN);
        invites.invite(new NewInvite(email, Roles.REVIEWER));
        SignIn.out();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email) == 1 && publicationOf(email).completed());
        var since = OffsetDateTime.now(ZoneOffset.UTC).minus(age);
        // the registry notes the first delivery attempt as well
        jdbc.sql("update event_publication set completion_date = null, status = 'PUBLISHED', publication_date = ?, "
                + "last_resubmission_date = ? where id = ?").params(since, since, publicationOf(email).id()).update();
        jdbc.sql("delete from mail_message where recipient = ?").param(email).update();
        return email;
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_message where recipient = ?").param(email).query(Long.class)
                .single();
    }

    record Publication(UUID id, String status, int attempts, Instant completionDate) {
        boolean completed() {
            return completionDate != null;
        }
    }

    /** The invite mail listener's publication of the event about {@code email}. */
    private Publication publicationOf(String email) {
        return jdbc.sql("select id, status, completion_attempts, completion_date from event_publication "
                + "where listener_id like '%MailListeners%' and serialized_event like ?").param("%" + email + "%")
                .query((row, n) -> new Publication(row.getObject(1, UUID.class), row.getString(2), row.getInt(3),
                        row.getObject(4, OffsetDateTime.class) == null ? null
                                : row.getObject(4, OffsetDateTime.class).toInstant()))
                .single();
    }
}
