package dev.clapboard.review;

import org.jspecify.annotations.Nullable;

/** What a guest link opens right now, and for an open link the video (without prices or campaign data). */
public record GuestAccess(State state, @Nullable GuestVideo video) {

    public enum State {
        OPEN, PASSWORD_NEEDED, LOCKED, EXPIRED, REVOKED, UNKNOWN
    }

    /** The little a guest learns about the video. */
    public record GuestVideo(String title, int durationSeconds) {
    }
}
