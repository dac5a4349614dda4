package dev.clapboard.prompt;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The structured builder's fields. {@link #assemble()} turns them into one prompt text, which the user may still
 * edit; the fields are kept with the version so the builder can be reopened as it was.
 */
public record StructuredPrompt(String subject, String action, String setting, String shotSize, String movement,
        String lens, String lighting, String style, List<DialogueLine> dialogue, String ambience, String music,
        @Nullable Integer durationSeconds, String aspectRatio) {

    /** One spoken line: who says what. */
    public record DialogueLine(String speaker, String line) {
    }

    public StructuredPrompt {
        dialogue = List.copyOf(dialogue);
    }

    public static StructuredPrompt empty() {
        return new StructuredPrompt("", "", "", "", "", "", "", "", List.of(), "", "", null, "");
    }

    /** The prompt text: one sentence for the scene, then one labelled sentence per filled group. */
    public String assemble() {
        var sentences = new ArrayList<String>();
        var scene = join(" ", subject, action, setting);
        if (!scene.isEmpty()) {
            sentences.add(capitalise(scene) + ".");
        }
        var camera = join(", ", shotSize, movement, lens.isBlank() ? "" : lens.strip() + " lens");
        add(sentences, "Camera", camera);
        add(sentences, "Lighting", lighting);
        add(sentences, "Style", style);
        var lines = dialogue.stream().filter(l -> !l.line().isBlank())
                .map(l -> (l.speaker().isBlank() ? "Someone" : l.speaker().strip()) + " says: \"" + l.line().strip() + "\"")
                .toList();
        add(sentences, "Dialogue", String.join("; ", lines));
        add(sentences, "Ambience", ambience);
        add(sentences, "Music", music);
        if (durationSeconds != null) {
            sentences.add("Duration: " + durationSeconds + " seconds.");
        }
        add(sentences, "Aspect ratio", aspectRatio);
        return String.join(" ", sentences);
    }

    private static void add(List<String> sentences, String label, String value) {
        if (!value.isBlank()) {
            var text = value.strip();
            sentences.add(label + ": " + text + (text.endsWith(".") || text.endsWith("\"") ? "" : "."));
        }
    }

    private static String join(String separator, String... values) {
        var kept = new ArrayList<String>();
        for (var v : values) {
            if (!v.isBlank()) {
                kept.add(v.strip());
            }
        }
        return String.join(separator, kept);
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }
}
