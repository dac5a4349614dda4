package dev.clapboard.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One consent record as the people view and the compliance export show it: the scope, how it was given (the
 * uploaded declaration's file name, or the text the person saw with the name they typed, when and from which
 * IP address) and its revocation.
 */
public record ConsentRecord(long id, long personId, String personName, boolean personAdult, ConsentStatus status,
        ConsentSource source, boolean allCampaigns, List<Long> campaignIds, Set<Channel> channels,
        String territories, String purposes, LocalDate validFrom, @Nullable LocalDate validUntil, boolean voice,
        @Nullable String guardianName, @Nullable String guardianRelation, @Nullable String declarationFileName,
        @Nullable String textShown, @Nullable String confirmedName, @Nullable Instant confirmedAt,
        @Nullable String confirmedIp, @Nullable Instant revokedAt, @Nullable String revokedBy,
        @Nullable String revokedIp, String createdBy, Instant createdAt) {

    /** Whether it lets a generation through on {@code day} (scope aside). */
    public boolean validOn(LocalDate day) {
        return status == ConsentStatus.ACTIVE && !day.isBefore(validFrom) && (validUntil == null
                || !day.isAfter(validUntil));
    }

    public boolean covers(long campaignId) {
        return allCampaigns || campaignIds.contains(campaignId);
    }

    /** One line for lists: "Active · web, TV · until 2027-06-30". */
    public String headline() {
        var state = switch (status) {
            case ACTIVE -> "Active";
            case AWAITING_CONFIRMATION -> "Awaiting confirmation";
            case REVOKED -> "Revoked";
        };
        return state + " · " + Channel.labels(channels) + " · " + (validUntil == null ? "from " + validFrom
                : validFrom + " to " + validUntil);
    }
}
