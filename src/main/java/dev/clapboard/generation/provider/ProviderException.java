package dev.clapboard.generation.provider;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A provider could not do what was asked. {@code retryable} failures (timeouts, 429, 5xx) are tried again
 * with backoff; the others (refused prompt, unknown model) are final and shown to the requester.
 */
public class ProviderException extends RuntimeException {

    private final boolean retryable;
    private final String code;
    private final @Nullable Duration retryAfter;

    public ProviderException(boolean retryable, String code, String message, @Nullable Duration retryAfter) {
        super(message);
        this.retryable = retryable;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    public String code() {
        return code;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
