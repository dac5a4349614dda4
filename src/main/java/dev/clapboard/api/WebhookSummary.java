package dev.clapboard.api;

import java.time.Instant;
import java.util.Set;

/** An outgoing webhook endpoint as the admin list shows it (its secret only once, in {@link NewWebhook}). */
public record WebhookSummary(long id, String url, Set<WebhookEvent> events, boolean allowPrivateNetwork,
        boolean enabled, Instant createdAt) {
}
