package dev.clapboard.review;

import dev.clapboard.generation.GenerationSummary;

/** A video with its review state and decisions, for lists: the version stack, playlists, comparisons. */
public record ReviewedVideo(GenerationSummary video, ReviewSummary review) {
}
