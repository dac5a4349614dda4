package dev.clapboard.campaign;

import org.jspecify.annotations.Nullable;

/**
 * Published when something on a campaign's board changed (a card created, edited, moved, assigned or deleted;
 * the campaign itself edited or archived). Open boards of the campaign refresh on it after the commit.
 */
public record BoardChanged(long workspaceId, long campaignId, @Nullable Long cardId, String actorName) {
}
