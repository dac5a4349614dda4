package dev.clapboard.compliance;

import java.time.Instant;

/** A public figure an admin added to the shipped list for this workspace. */
public record AddedFigure(long id, String name, String addedBy, Instant addedAt) {
}
