package dev.clapboard.campaign;

import org.jspecify.annotations.Nullable;

/**
 * A card's latest video: {@code state} as shown on the card ("Generating 40 %", "Video ready", "Failed"),
 * and the stream and poster addresses once a video is ready.
 */
public record CardVideo(String state, @Nullable String videoUrl, @Nullable String posterUrl) {
}
