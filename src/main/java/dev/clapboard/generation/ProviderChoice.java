package dev.clapboard.generation;

import java.util.List;

/** A provider as the generate dialog offers it: its models and what each can make. */
public record ProviderChoice(String id, String displayName, List<ModelChoice> models) {

    public record ModelChoice(String id, String displayName, List<String> sizes, List<Integer> durationsSeconds,
            boolean audio, boolean imageReference) {
    }
}
