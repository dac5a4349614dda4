package dev.clapboard.notification;

/**
 * What a notification is about. Each kind always shows in-app; whether it also goes out by e-mail is the
 * member's choice, starting from {@link #emailByDefault()}: what needs the member (mentions, decisions on their
 * videos, failures, budget thresholds, revoked consents) mails by default, routine news (review requested, video ready) does not.
 */
public enum NotificationKind {
    MENTION("Someone mentions me in a review", true),
    REVIEW_REQUESTED("A new video waits for review", false),
    DECISION("A reviewer decides about my video", true),
    GENERATION_FINISHED("My video is ready", false),
    GENERATION_FAILED("My video failed or could not be archived", true),
    BUDGET_THRESHOLD("A campaign reaches a budget threshold", true),
    CONSENT_REVOKED("A person withdraws consent for a campaign I manage", true);

    private final String label;
    private final boolean emailByDefault;

    NotificationKind(String label, boolean emailByDefault) {
        this.label = label;
        this.emailByDefault = emailByDefault;
    }

    public String label() {
        return label;
    }

    public boolean emailByDefault() {
        return emailByDefault;
    }
}
