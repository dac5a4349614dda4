package dev.clapboard.prompt;

/** A new prompt version was saved (a save, a restore or a variant); published inside the saving transaction. */
public record PromptVersionSaved(long workspaceId, PromptVersion version) {
}
