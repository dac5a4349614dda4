package dev.clapboard.audit;

/** The language a workspace labels its exports in, with that language's default wording. */
public enum LabelLanguage {
    EN("English", "AI-generated"), DE("Deutsch", "KI-generiert");

    private final String label;
    private final String defaultWording;

    LabelLanguage(String label, String defaultWording) {
        this.label = label;
        this.defaultWording = defaultWording;
    }

    public String label() {
        return label;
    }

    public String defaultWording() {
        return defaultWording;
    }
}
