package dev.clapboard.compliance;

import java.util.Collection;

/**
 * Checks a prompt before anything is spent on it. The built-in {@link OfflinePromptModeration} runs without a
 * network; a hosted moderation API can be added as another bean marked {@code @Primary}.
 */
public interface PromptModeration {

    /**
     * @param addedPublicFigures names a workspace admin added to the shipped public-figures list
     */
    ModerationVerdict assess(String prompt, Collection<String> addedPublicFigures);
}
