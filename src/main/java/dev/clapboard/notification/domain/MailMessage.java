package dev.clapboard.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One e-mail of a workspace, as rendered, with how delivering it went. */
@Entity
public class MailMessage {

    public static final int ERROR_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String kind;
    private String recipient;
    private String subject;
    private String textBody;
    private String htmlBody;
    @Enumerated(EnumType.STRING)
    private MailStatus status = MailStatus.PENDING;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private @Nullable Instant sentAt;
    @Version
    private long version;

    protected MailMessage() {
        this.kind = "";
        this.recipient = "";
        this.subject = "";
        this.textBody = "";
        this.htmlBody = "";
        this.createdAt = Instant.EPOCH;
        this.nextAttemptAt = Instant.EPOCH;
    }

    public MailMessage(String kind, String recipient, String subject, String textBody, String htmlBody,
            Instant now, Instant firstRetryAt) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextAttemptAt = firstRetryAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Message not saved yet");
        }
        return id;
    }

    public long getWorkspaceId() {
        if (workspaceId == null) {
            throw new IllegalStateException("Message not saved yet");
        }
        return workspaceId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    /** Claims the message for one attempt; {@code leaseUntil} keeps other retries off it meanwhile. */
    public void startAttempt(Instant leaseUntil) {
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    public void failed(String error, Instant retryAt) {
        status = MailStatus.FAILED;
        lastError = error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
        nextAttemptAt = retryAt;
    }

    public void retryNow(Instant now) {
        nextAttemptAt = now;
    }
}
