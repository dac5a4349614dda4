package dev.clapboard.compliance;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scope of a consent as a manager enters it: all campaigns or the chosen ones, channels, territories,
 * purposes, the dates it is valid, whether the voice may be used, and for a minor the guardian who consents.
 */
public record ConsentDraft(boolean allCampaigns, Set<Long> campaignIds, Set<Channel> channels, String territories,
        String purposes, LocalDate validFrom, @Nullable LocalDate validUntil, boolean voice,
        @Nullable String guardianName, @Nullable String guardianRelation) {

    public ConsentDraft {
        campaignIds = Set.copyOf(campaignIds);
        channels = Set.copyOf(channels);
    }
}
