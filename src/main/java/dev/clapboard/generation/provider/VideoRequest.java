package dev.clapboard.generation.provider;

import org.jspecify.annotations.Nullable;

/** One video to make: the exact prompt text and settings, and a seed for providers that honour one. */
public record VideoRequest(String model, String prompt, VideoSize size, int durationSeconds, String style,
        String title, long seed, byte @Nullable [] imageReference) {
}
