package dev.clapboard.review;

/** A comment mentioned a workspace member; published once per member mentioned. */
public record MentionMade(long workspaceId, long generationId, long commentId, String mentionedName,
        String mentionedEmail, String authorName, String excerpt, String reviewLink) {
}
