package dev.clapboard.review;

/**
 * A video's review state, summarising the decisions: approved once a manager approved (the default rule for
 * required approvers), otherwise the latest change request or rejection, otherwise waiting.
 */
public enum ReviewState {
    WAITING("Waiting for review"), APPROVED("Approved"), CHANGES_REQUESTED("Changes requested"), REJECTED("Rejected");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
