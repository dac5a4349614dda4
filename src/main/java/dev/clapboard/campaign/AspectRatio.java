package dev.clapboard.campaign;

/** The frame shapes a card can ask for. */
public enum AspectRatio {
    WIDE("16:9"), VERTICAL("9:16"), SQUARE("1:1");

    private final String label;

    AspectRatio(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
