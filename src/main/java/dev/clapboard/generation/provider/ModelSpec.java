package dev.clapboard.generation.provider;

import java.util.List;
import java.util.Optional;

/** What one model of a provider can make. */
public record ModelSpec(String id, String displayName, List<VideoSize> sizes, List<Integer> durationsSeconds,
        boolean audio, boolean imageReference, boolean remix) {

    public ModelSpec {
        sizes = List.copyOf(sizes);
        durationsSeconds = List.copyOf(durationsSeconds);
    }

    /** Why this model cannot make {@code size} for {@code seconds}, in words for the requester; empty if it can. */
    public Optional<String> refusal(VideoSize size, int seconds) {
        if (!sizes.contains(size)) {
            return Optional.of(displayName + " does not make " + size.label() + "; it makes "
                    + String.join(", ", sizes.stream().map(VideoSize::label).toList()) + ".");
        }
        if (!durationsSeconds.contains(seconds)) {
            return Optional.of(displayName + " does not make " + seconds + " s videos; choose "
                    + String.join(", ", durationsSeconds.stream().map(d -> d + " s").toList()) + ".");
        }
        return Optional.empty();
    }
}
