package dev.clapboard.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A consent became valid: a manager uploaded a signed declaration, or the person confirmed by link
 * ({@code recordedBy} is then the name they typed). {@code campaignIds} is empty when it covers all campaigns.
 */
public record ConsentGranted(long workspaceId, long personId, String personName, long consentId,
        ConsentSource source, String recordedBy, boolean allCampaigns, List<Long> campaignIds, Set<Channel> channels,
        Instant at) {

    public ConsentGranted {
        campaignIds = List.copyOf(campaignIds);
        channels = Set.copyOf(channels);
    }
}
