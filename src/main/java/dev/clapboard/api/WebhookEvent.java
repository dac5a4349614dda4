package dev.clapboard.api;

import java.util.Arrays;
import java.util.Optional;

/** What an outgoing webhook can subscribe to (see decision 0013). Stored by type: never rename one. */
public enum WebhookEvent {
    GENERATION_SUCCEEDED("generation.succeeded", "A video is ready"),
    GENERATION_FAILED("generation.failed", "A generation failed"),
    GENERATION_APPROVED("generation.approved", "A video was approved in review"),
    BUDGET_THRESHOLD_REACHED("budget.threshold_reached", "A campaign reached a budget alert threshold"),
    CONSENT_REVOKED("consent.revoked", "A person withdrew consent; their videos are flagged");

    private final String type;
    private final String description;

    WebhookEvent(String type, String description) {
        this.type = type;
        this.description = description;
    }

    /** The {@code type} field of the payload, e.g. {@code generation.succeeded}. */
    public String type() {
        return type;
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEvent> of(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
