package dev.clapboard.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a stored output came from, as written into its JSON and into labelled exports. {@code promptSha256} is
 * the SHA-256 (hex) of the exact prompt text the generation used; {@code media} the stored video and its SHA-256.
 */
public record Provenance(String format, boolean aiGenerated, long generationId, long campaignId, String provider,
        String model, @Nullable Long promptVersionId, String promptSha256, Settings settings, Person requester,
        List<Person> approvers, Instant requestedAt, Instant storedAt, Media media) {

    public static final String FORMAT = "clapboard-provenance/1";

    public record Settings(String size, int seconds, String style, int variant) {
    }

    /** A member at the time: account id, name and, for approvers, when they approved. */
    public record Person(long accountId, String name, @Nullable Instant at) {
    }

    public record Media(long id, String sha256) {
    }
}
