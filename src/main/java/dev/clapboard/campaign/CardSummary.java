package dev.clapboard.campaign;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A card as its lane shows it: small enough that a lane page of many cards stays light. */
public record CardSummary(long id, long laneId, String title, @Nullable String assigneeName,
        @Nullable LocalDate dueDate, List<String> labels, AspectRatio aspectRatio, @Nullable String style,
        @Nullable Integer durationSeconds, long version) {
}
