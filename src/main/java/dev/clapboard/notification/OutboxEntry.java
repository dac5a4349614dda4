package dev.clapboard.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in the outbox list. */
public record OutboxEntry(long id, Instant createdAt, String kind, String recipient, String subject, String status,
        int attempts, @Nullable String lastError, @Nullable Instant sentAt) {

    public boolean sent() {
        return status.equals("SENT");
    }
}
