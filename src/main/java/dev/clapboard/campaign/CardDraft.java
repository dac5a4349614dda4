package dev.clapboard.campaign;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the card form edits. Style is one of {@link #STYLES} or free text; the assignee is a member of the
 * workspace. {@link BoardService} checks it again: the form is not the boundary.
 */
public record CardDraft(String title, @Nullable String brief, @Nullable String targetAudience,
        @Nullable String style, AspectRatio aspectRatio, @Nullable Integer durationSeconds,
        @Nullable Long assigneeAccountId, @Nullable LocalDate dueDate, List<String> labels) {

    public static final List<String> STYLES = List.of("Photorealistic", "Animated", "Cinematic");

    public static CardDraft blank() {
        return new CardDraft("", null, null, null, AspectRatio.WIDE, null, null, null, List.of());
    }
}
