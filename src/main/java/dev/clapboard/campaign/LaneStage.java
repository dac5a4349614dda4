package dev.clapboard.campaign;

/**
 * The stages a card passes on a board, in order. Each campaign's board stores its lanes as rows, one per
 * stage, so lanes can later be renamed or added without a code change.
 *
 * @see <a href="../../../../../../docs/decisions/0004-board-lanes.md">0004 Board lanes</a>
 */
public enum LaneStage {
    IDEAS("Ideas"), PROMPTING("Prompting"), GENERATING("Generating"), IN_REVIEW("In review"),
    APPROVED("Approved"), PUBLISHED("Published");

    private final String label;

    LaneStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
