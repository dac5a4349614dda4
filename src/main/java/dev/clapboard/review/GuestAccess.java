package dev.clapboard.review;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a guest link opens right now, and for an open link its videos in order (one, or a playlist titled
 * {@code title}), without prices or campaign data.
 */
public record GuestAccess(State state, @Nullable String title, List<GuestVideo> videos) {

    public GuestAccess {
        videos = List.copyOf(videos);
    }

    static GuestAccess closed(State state) {
        return new GuestAccess(state, null, List.of());
    }

    /** The first (for a single-video link, the only) video; null unless the link is open. */
    public @Nullable GuestVideo video() {
        return videos.isEmpty() ? null : videos.getFirst();
    }

    public enum State {
        OPEN, PASSWORD_NEEDED, LOCKED, EXPIRED, REVOKED, UNKNOWN
    }

    /** The little a guest learns about a video: enough to play it and place comments in frames. */
    public record GuestVideo(long generationId, String title, int durationSeconds, int framesPerSecond) {
    }
}
