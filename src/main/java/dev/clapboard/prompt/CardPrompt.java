package dev.clapboard.prompt;

import org.jspecify.annotations.Nullable;

/** A card's place in its campaign and its prompt's newest version, if it has been saved yet. */
public record CardPrompt(long campaignId, String campaignName, long cardId, String cardTitle,
        @Nullable PromptVersion latest) {
}
