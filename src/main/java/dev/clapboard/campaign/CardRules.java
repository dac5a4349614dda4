package dev.clapboard.campaign;

import dev.clapboard.campaign.domain.Card;

/** The limits a card must keep; the card form shows the same messages at its fields. */
public final class CardRules {

    public static final String TITLE_REQUIRED = "Give the card a title.";
    public static final String DURATION_RANGE = "Between 1 and 600 seconds.";
    public static final int MAX_DURATION_SECONDS = 600;
    public static final int TITLE_MAX_LENGTH = Card.TITLE_MAX_LENGTH;
    public static final int BRIEF_MAX_LENGTH = Card.BRIEF_MAX_LENGTH;
    public static final int SHORT_TEXT_MAX_LENGTH = Card.SHORT_TEXT_MAX_LENGTH;
    public static final int LABELS_MAX_LENGTH = Card.LABELS_MAX_LENGTH;

    private CardRules() {
    }

    static void check(CardDraft draft) {
        require(!draft.title().isBlank(), TITLE_REQUIRED);
        require(draft.title().strip().length() <= Card.TITLE_MAX_LENGTH,
                "Title: " + CampaignRules.tooLong(Card.TITLE_MAX_LENGTH));
        require(draft.brief() == null || draft.brief().length() <= Card.BRIEF_MAX_LENGTH,
                "Brief: " + CampaignRules.tooLong(Card.BRIEF_MAX_LENGTH));
        require(draft.targetAudience() == null || draft.targetAudience().length() <= Card.SHORT_TEXT_MAX_LENGTH,
                "Target audience: " + CampaignRules.tooLong(Card.SHORT_TEXT_MAX_LENGTH));
        require(draft.style() == null || draft.style().length() <= Card.SHORT_TEXT_MAX_LENGTH,
                "Style: " + CampaignRules.tooLong(Card.SHORT_TEXT_MAX_LENGTH));
        require(draft.durationSeconds() == null
                || (draft.durationSeconds() >= 1 && draft.durationSeconds() <= MAX_DURATION_SECONDS), DURATION_RANGE);
        require(draft.labels().stream().noneMatch(l -> l.contains(",")), "Labels cannot contain commas.");
        require(String.join(",", draft.labels()).length() <= Card.LABELS_MAX_LENGTH,
                "Labels: " + CampaignRules.tooLong(Card.LABELS_MAX_LENGTH));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
