package dev.clapboard.campaign;

import java.time.Instant;

/** A card was saved with a version someone else has replaced in the meantime; nothing was written. */
public class CardChangedException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public CardChangedException(String changedBy, Instant changedAt) {
        super("This card was changed by " + changedBy + " while you were editing it. Nothing was saved: "
                + "reload to see their version (copy what you typed first if you want to keep it).");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
