package dev.clapboard.generation.provider.local;

import org.jspecify.annotations.Nullable;

/**
 * What the local renderer draws: size, length, look, texts, the seed that makes it repeatable, and an optional
 * image the video starts from (used as its backdrop, so the first frame is that image).
 */
record RenderSpec(int width, int height, int durationSeconds, int fps, Look look, String title, String caption,
        long seed, java.awt.image.@Nullable BufferedImage backdrop) {

    RenderSpec(int width, int height, int durationSeconds, int fps, Look look, String title, String caption, long seed) {
        this(width, height, durationSeconds, fps, look, title, caption, seed, null);
    }

    RenderSpec {
        if (width < 64 || height < 64 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("Size must be even and at least 64×64: " + width + "×" + height);
        }
        if (durationSeconds < 1 || durationSeconds > 60) {
            throw new IllegalArgumentException("Duration must be 1 to 60 seconds: " + durationSeconds);
        }
    }

    int frameCount() {
        return durationSeconds * fps;
    }
}
