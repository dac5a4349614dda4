package dev.clapboard.prompt;

import java.time.Instant;

/** A card whose latest prompt version matched a search. */
public record PromptSearchHit(long versionId, long campaignId, String campaignName, long cardId, String cardTitle,
        int number,
        String text, String authorName, Instant createdAt) {
}
