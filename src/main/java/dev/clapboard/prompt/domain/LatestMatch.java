package dev.clapboard.prompt.domain;

import java.time.Instant;

/** A prompt's latest version found by text search, with the card it belongs to. */
public record LatestMatch(long versionId, long campaignId, long cardId, int number, String body, Instant createdAt,
        long authorAccountId) {
}
