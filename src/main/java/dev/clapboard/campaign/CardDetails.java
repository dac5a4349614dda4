package dev.clapboard.campaign;

import java.time.Instant;

/** A card as its editor opens it; {@code version} goes back with the save to detect a concurrent change. */
public record CardDetails(long id, long campaignId, long laneId, long version, CardDraft draft,
        String updatedByName, Instant updatedAt) {
}
