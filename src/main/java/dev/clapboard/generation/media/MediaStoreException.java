package dev.clapboard.generation.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** The media store refused a write (full, or not writable); the message says which, in words for the requester. */
public class MediaStoreException extends UncheckedIOException {

    public MediaStoreException(String message, @Nullable IOException cause) {
        super(message, cause == null ? new IOException(message) : cause);
    }
}
