package dev.clapboard.generation.provider;

import java.nio.file.Path;
import java.util.List;

/**
 * The one way Clapboard talks to a video model, local or hosted. A provider is a Spring bean; the job engine
 * calls {@link #submit} once, then {@link #status} until the job ends, then {@link #download}. Failures are
 * {@link ProviderException}s that say whether trying again can help.
 */
public interface VideoProvider {

    /** Stable id stored on every generation, e.g. {@code local}. */
    String id();

    String displayName();

    List<ModelSpec> models();

    PriceTable prices();

    /** Starts a job at the provider and returns its id there. */
    String submit(VideoRequest request);

    JobStatus status(String jobId);

    /** Copies an output of a finished job to {@code target}. */
    void download(String jobId, OutputVariant variant, Path target);

    /**
     * Starts a job that makes a new version of an earlier job's output with {@code request}'s prompt. Called only
     * for models whose {@link ModelSpec#remix()} is true, with the earlier job's id at this provider; a provider
     * without remix never gets the call, its "new version" is a fresh {@link #submit}.
     */
    default String remix(String sourceJobId, VideoRequest request) {
        throw new ProviderException(false, "remix_unsupported", displayName() + " cannot remix a video", null);
    }

    /** Roughly how long until the videos are ready, shown before anything is spent. */
    default java.time.Duration expectedWait(String model, VideoSize size, int seconds, int variants) {
        return java.time.Duration.ofSeconds(90L * variants);
    }

    /** How many jobs of one workspace may run at this provider at once; more wait in the queue. */
    default int maxConcurrentJobs() {
        return 4;
    }

    default boolean canCancel() {
        return false;
    }

    default void cancel(String jobId) {
        throw new ProviderException(false, "cancel_unsupported", displayName() + " cannot cancel a job", null);
    }

    default ModelSpec model(String modelId) {
        return models().stream().filter(m -> m.id().equals(modelId)).findFirst()
                .orElseThrow(() -> new ProviderException(false, "unknown_model",
                        displayName() + " has no model " + modelId, null));
    }
}
