package dev.clapboard.prompt;

import org.jspecify.annotations.Nullable;

/** What the editor saves as a new version. */
public record VersionDraft(String text, @Nullable StructuredPrompt structured, @Nullable String style,
        @Nullable String audience, @Nullable Integer durationSeconds, @Nullable String aspectRatio, String note,
        @Nullable String templateKey) {

    public static VersionDraft text(String text, String note) {
        return new VersionDraft(text, null, null, null, null, null, note, null);
    }
}
