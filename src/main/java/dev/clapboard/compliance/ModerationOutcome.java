package dev.clapboard.compliance;

/** What moderation says about a prompt, mildest first. */
public enum ModerationOutcome {
    ALLOWED,
    /** Held until a manager releases this prompt text. */
    NEEDS_REVIEW,
    /** Never generated; the reason says why. */
    BLOCKED
}
