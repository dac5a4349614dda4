package dev.clapboard.audit;

/** The corner the AI label is burned into. */
public enum LabelPosition {
    BOTTOM_RIGHT("Bottom right"), BOTTOM_LEFT("Bottom left"), TOP_RIGHT("Top right"), TOP_LEFT("Top left");

    private final String label;

    LabelPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean top() {
        return this == TOP_LEFT || this == TOP_RIGHT;
    }

    public boolean left() {
        return this == TOP_LEFT || this == BOTTOM_LEFT;
    }
}
