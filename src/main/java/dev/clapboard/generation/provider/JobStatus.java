package dev.clapboard.generation.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where a provider job stands. {@code expiresAt} is when a hosted provider deletes the outputs. */
public record JobStatus(State state, int progressPercent, @Nullable String errorCode, @Nullable String errorMessage,
        @Nullable Instant expiresAt) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean isFinal() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    public static JobStatus running(int percent) {
        return new JobStatus(percent == 0 ? State.QUEUED : State.RUNNING, percent, null, null, null);
    }

    public static JobStatus succeeded() {
        return new JobStatus(State.SUCCEEDED, 100, null, null, null);
    }

    public static JobStatus failed(String code, String message) {
        return new JobStatus(State.FAILED, 0, code, message, null);
    }
}
