package dev.clapboard.api;

/** An endpoint just added, with the signing secret ({@code whsec_...}) the receiver verifies deliveries with. */
public record NewWebhook(WebhookSummary webhook, String secret) {
}
