package dev.clapboard.notification;

import dev.clapboard.notification.domain.MailMessage;
import dev.clapboard.notification.domain.MailMessageRepository;
import dev.clapboard.notification.domain.MailStatus;
import dev.clapboard.security.SystemActor;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores every message before sending it, sends it, and records the outcome; failed messages are retried
 * with growing pauses (1, 2, 4 … minutes, at most an hour) up to {@link #MAX_ATTEMPTS} attempts. SMTP is
 * talked to outside any database transaction.
 */
@Component
class Outbox {

    static final int MAX_ATTEMPTS = 8;
    /** How long an attempt holds a message before a retry may pick it up again (a node died mid-send). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MailMessageRepository messages;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    Outbox(MailMessageRepository messages, JavaMailSender mailSender, TransactionTemplate transaction, Clock clock,
            @Value("${clapboard.mail.from}") String from) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    /** Stores the message in its workspace's outbox and tries to send it once right away. */
    void post(long workspaceId, String kind, String recipient, MailTemplates.Rendered mail) {
        var now = clock.instant();
        Long id = SystemActor.callInWorkspace(workspaceId, () -> transaction.execute(status -> messages.save(
                new MailMessage(kind, recipient, mail.subject(), mail.text(), mail.html(), now, now.plus(LEASE)))
                .getId()));
        if (id != null) {
            attempt(workspaceId, id, false);
        }
    }

    /** Sends the message now, whatever its schedule says (an admin's "send again"). */
    boolean sendNow(long workspaceId, long id) {
        return attempt(workspaceId, id, true);
    }

    @Scheduled(fixedDelayString = "${clapboard.mail.retry-every:PT1M}", initialDelayString = "PT1M")
    void retryDue() {
        retryDue(clock.instant());
    }

    /** Retries every unsent message due at {@code now}; returns how many were sent. */
    int retryDue(Instant now) {
        int sent = 0;
        for (var row : messages.due(now, MAX_ATTEMPTS)) {
            if (attemptIfDue(((Number) row[1]).longValue(), ((Number) row[0]).longValue(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attemptIfDue(long workspaceId, long id, Instant now) {
        return SystemActor.callInWorkspace(workspaceId, () -> {
            var claimed = claim(id, now, false);
            return claimed != null && deliver(claimed);
        });
    }

    private boolean attempt(long workspaceId, long id, boolean evenIfNotDue) {
        return SystemActor.callInWorkspace(workspaceId, () -> {
            var claimed = claim(id, clock.instant(), evenIfNotDue);
            return claimed != null && deliver(claimed);
        });
    }

    /** Locks the message and marks an attempt, unless it was sent or another attempt holds it. */
    private @Nullable MailMessage claim(long id, Instant now, boolean evenIfNotDue) {
        return transaction.execute(status -> messages.lockById(id).filter(m -> m.getStatus() != MailStatus.SENT)
                .filter(m -> evenIfNotDue || m.getAttempts() == 0 || !m.getNextAttemptAt().isAfter(now)).map(m -> {
                    m.startAttempt(now.plus(LEASE));
                    return m;
                }).orElse(null));
    }

    private boolean deliver(MailMessage message) {
        String error = null;
        try {
            var mime = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.getTextBody(), message.getHtmlBody());
            mailSender.send(mime);
        } catch (MessagingException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Could not send mail {} to {} (attempt {}): {}", message.getId(), message.getRecipient(),
                    message.getAttempts(), error);
        }
        var failure = error;
        var now = clock.instant();
        transaction.executeWithoutResult(status -> messages.findById(message.getId()).ifPresent(m -> {
            if (failure == null) {
                m.sent(now);
            } else {
                m.failed(failure, now.plus(pauseAfter(m.getAttempts())));
            }
        }));
        return failure == null;
    }

    static Duration pauseAfter(int attempts) {
        var pause = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }
}
