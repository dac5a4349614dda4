package dev.clapboard.generation;

/** A generation request was refused before anything was spent; the message says exactly why. */
public class GenerationRefusedException extends RuntimeException {

    private final boolean overridable;

    public GenerationRefusedException(String message) {
        this(message, false);
    }

    /**
     * @param overridable a manager may let this one request through anyway
     *     ({@link GenerationService#requestWithBudgetOverride}), as with the campaign budget's cap
     */
    public GenerationRefusedException(String message, boolean overridable) {
        super(message);
        this.overridable = overridable;
    }

    public boolean overridable() {
        return overridable;
    }
}
