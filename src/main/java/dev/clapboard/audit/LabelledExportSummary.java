package dev.clapboard.audit;

import java.time.Instant;

/** A labelled copy of a video; {@code downloadPath} streams it to members of the workspace. */
public record LabelledExportSummary(long id, long generationId, long campaignId, long mediaId, String sha256,
        String labelText, LabelPosition position, long createdBy, Instant createdAt) {

    public String downloadPath() {
        return "media/" + mediaId;
    }
}
