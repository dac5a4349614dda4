package dev.clapboard.notification;

/** A message with its text, as an admin opens it in the outbox. */
public record OutboxMessage(OutboxEntry entry, String textBody, String htmlBody) {
}
