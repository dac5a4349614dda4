package dev.clapboard.prompt;

/**
 * A new prompt version was saved (a save, a restore or a variant); published inside the saving transaction.
 * Carries ids only: the text (up to 10,000 characters) is read back with {@link PromptService#version}, which
 * keeps the event small enough for the event publication log.
 */
public record PromptVersionSaved(long workspaceId, long campaignId, long cardId, long versionId,
        long authorAccountId) {
}
