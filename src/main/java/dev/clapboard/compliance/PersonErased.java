package dev.clapboard.compliance;

import java.time.Instant;

/**
 * A manager erased a person from the register: reference media deleted, name replaced by a pseudonym, consents
 * revoked and kept as evidence, every video showing them flagged. Ids and counts only (the event registry keeps
 * events in a 10,000-character column, and the person's name must not travel any further).
 */
public record PersonErased(long workspaceId, long personId, long erasedByAccountId, String erasedByName,
        int revokedConsents, int flaggedVideos, Instant at) {
}
