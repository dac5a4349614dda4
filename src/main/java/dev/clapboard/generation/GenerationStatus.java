package dev.clapboard.generation;

public enum GenerationStatus {
    QUEUED("Queued"), RUNNING("Running"), SUCCEEDED("Succeeded"), FAILED("Failed"), CANCELLED("Cancelled"),
    /** Made and paid for at the provider, but not copied into our store before the provider deleted it. */
    FAILED_ARCHIVE("Archive failed");

    private final String label;

    GenerationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == FAILED_ARCHIVE;
    }
}
