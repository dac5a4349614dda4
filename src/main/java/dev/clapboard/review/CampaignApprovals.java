package dev.clapboard.review;

import java.time.Instant;

/** How many of a campaign's videos a manager or admin approved, and when the first one was approved. */
public record CampaignApprovals(long campaignId, int approvedVideos, Instant firstApprovalAt) {
}
