package dev.clapboard.prompt;

/** The looks a prompt can be varied into for A/B tests, each with the words that steer the video towards it. */
public enum StyleVariant {
    PHOTOREALISTIC("Photorealistic", "photorealistic, natural light, true-to-life textures"),
    ANIMATED("Animated", "animated explainer look, clean 2D motion graphics, bold colours"),
    CINEMATIC("Cinematic", "cinematic, dramatic lighting, shallow depth of field, slow camera moves");

    private final String label;
    private final String direction;

    StyleVariant(String label, String direction) {
        this.label = label;
        this.direction = direction;
    }

    public String label() {
        return label;
    }

    /** What the variant's prompt says about its look. */
    public String direction() {
        return direction;
    }
}
