package dev.clapboard.campaign;

import dev.clapboard.campaign.domain.Campaign;

/**
 * The limits a campaign must keep, checked by the service whatever the form did. The form shows the same
 * messages at its fields, from these constants.
 */
public final class CampaignRules {

    public static final String NAME_REQUIRED = "Give the campaign a name.";
    public static final String BRAND_REQUIRED = "Name the brand or product.";
    public static final String END_BEFORE_START = "The end date cannot be before the start date.";
    public static final String NEGATIVE_BUDGET = "The budget cannot be negative.";
    public static final String NEGATIVE_BASELINE = "The baseline cost cannot be negative.";
    public static final String NEGATIVE_LEAD_TIME = "The lead time cannot be negative.";
    public static final String TOO_FEW_VARIANTS = "The baseline covers at least one variant.";
    public static final String ARCHIVE_SEPARATELY = "Archive a campaign with its Archive action.";
    public static final int MAX_AUDIENCES = 20;
    public static final int NAME_MAX_LENGTH = Campaign.NAME_MAX_LENGTH;
    public static final int BRAND_MAX_LENGTH = Campaign.BRAND_MAX_LENGTH;
    public static final int OBJECTIVE_MAX_LENGTH = Campaign.OBJECTIVE_MAX_LENGTH;
    public static final int AUDIENCE_MAX_LENGTH = Campaign.AUDIENCE_MAX_LENGTH;

    private CampaignRules() {
    }

    public static String tooLong(int max) {
        return "Keep it within " + max + " characters.";
    }

    static void check(CampaignDraft draft) {
        require(!draft.name().isBlank(), NAME_REQUIRED);
        require(draft.name().strip().length() <= Campaign.NAME_MAX_LENGTH, "Name: " + tooLong(Campaign.NAME_MAX_LENGTH));
        require(!draft.brand().isBlank(), BRAND_REQUIRED);
        require(draft.brand().strip().length() <= Campaign.BRAND_MAX_LENGTH,
                "Brand or product: " + tooLong(Campaign.BRAND_MAX_LENGTH));
        require(draft.objective() == null || draft.objective().strip().length() <= Campaign.OBJECTIVE_MAX_LENGTH,
                "Objective: " + tooLong(Campaign.OBJECTIVE_MAX_LENGTH));
        require(draft.audiences().size() <= MAX_AUDIENCES, "At most " + MAX_AUDIENCES + " target audiences.");
        require(draft.audiences().stream().allMatch(a -> a.strip().length() <= Campaign.AUDIENCE_MAX_LENGTH),
                "Target audience: " + tooLong(Campaign.AUDIENCE_MAX_LENGTH));
        require(draft.startDate() == null || draft.endDate() == null || !draft.endDate().isBefore(draft.startDate()),
                END_BEFORE_START);
        require(!draft.budget().isNegative(), NEGATIVE_BUDGET);
        require(!draft.baselineCost().isNegative(), NEGATIVE_BASELINE);
        require(draft.baselineLeadTimeDays() >= 0, NEGATIVE_LEAD_TIME);
        require(draft.baselineVariants() >= 1, TOO_FEW_VARIANTS);
        require(draft.status() != CampaignStatus.ARCHIVED, ARCHIVE_SEPARATELY);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
