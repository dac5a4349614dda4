package dev.clapboard.prompt;

public enum TemplateCategory {
    PRODUCT_PRESENTATION("Product presentation"), EXPLAINER("Explainer"), TESTIMONIAL("Testimonial"),
    SOCIAL_TEASER("Social teaser"), TRAINING_SCENARIO("Training scenario"), PERSONALISED("Personalised video"),
    STORYBOARD("Storyboard / previz"), EVENT("Event and trade fair"), CORPORATE_MESSAGE("Corporate message");

    private final String label;

    TemplateCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
