package dev.clapboard.review;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer decided about a video; published inside the deciding transaction, once per decision. The
 * notification centre and the audit trail listen to it.
 *
 * @param requestedBy the account that asked for the video, to be told about the decision
 * @param state the video's review state after this decision
 */
public record ReviewDecided(long workspaceId, long campaignId, @Nullable Long cardId, long generationId,
        long requestedBy, long reviewerAccountId, String reviewerName, Verdict verdict, @Nullable String note,
        ReviewState state) {
}
