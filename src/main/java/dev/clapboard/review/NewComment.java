package dev.clapboard.review;

import org.jspecify.annotations.Nullable;

/** A comment to add at {@code atMillis} of the video, optionally spanning to {@code untilMillis}. */
public record NewComment(long atMillis, @Nullable Long untilMillis, String body) {
}
