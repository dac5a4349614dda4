package dev.clapboard.compliance;

import java.time.Instant;
import java.util.List;

/**
 * A consent was revoked, by a manager or by the person through their link ({@code revokedBy} says which).
 * {@code affectedGenerationIds} are the videos now flagged "consent revoked"; {@code campaignIds} are the
 * campaigns those videos belong to and whose cards show the person, so their managers can be told.
 */
public record ConsentRevoked(long workspaceId, long personId, String personName, long consentId, String revokedBy,
        List<Long> affectedGenerationIds, List<Long> campaignIds, Instant at) {

    public ConsentRevoked {
        affectedGenerationIds = List.copyOf(affectedGenerationIds);
        campaignIds = List.copyOf(campaignIds);
    }
}
