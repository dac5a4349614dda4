package dev.clapboard.review;

/** What a reviewer decided about a video. */
public enum Verdict {
    APPROVE("Approved"), REQUEST_CHANGES("Changes requested"), REJECT("Rejected");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
