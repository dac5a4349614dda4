package dev.clapboard.campaign;

import java.time.Instant;

/** One line of a campaign's activity feed: who did what, when. */
public record ActivityEntry(Instant occurredAt, String actorName, String summary) {
}
