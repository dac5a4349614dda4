package dev.clapboard.notification;

import java.time.Instant;

/** A notification as its recipient sees it; {@code link} is a route of the app, e.g. {@code review/42}. */
public record NotificationEntry(long id, NotificationKind kind, String text, String link, Instant createdAt,
        boolean read) {
}
