package dev.clapboard.campaign;

import org.jspecify.annotations.Nullable;

/**
 * Which campaigns the list shows: text found in name or brand, and one status. Without a status the list
 * shows every campaign that is not archived; archived ones show only when asked for.
 */
public record CampaignFilter(String text, @Nullable CampaignStatus status) {

    public static final CampaignFilter DEFAULT = new CampaignFilter("", null);
}
