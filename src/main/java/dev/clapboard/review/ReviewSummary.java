package dev.clapboard.review;

import java.util.List;

/** A video's review state and the decisions behind it, newest first. */
public record ReviewSummary(ReviewState state, List<Decision> decisions) {
}
