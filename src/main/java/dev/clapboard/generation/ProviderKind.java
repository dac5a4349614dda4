package dev.clapboard.generation;

/** The hosted API families Clapboard speaks. */
public enum ProviderKind {
    VIDEOS_API("/v1/videos API"), GEMINI_VEO("Gemini Veo");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
