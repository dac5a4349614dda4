package dev.clapboard.generation;

public enum GenerationStatus {
    QUEUED("Queued"), RUNNING("Running"), SUCCEEDED("Succeeded"), FAILED("Failed"), CANCELLED("Cancelled");

    private final String label;

    GenerationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
