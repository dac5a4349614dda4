package dev.clapboard.generation.media;

import java.io.InputStream;
import java.nio.file.Path;
import org.springframework.core.io.Resource;

/**
 * Where outputs live once they are ours: hosted providers delete theirs within hours, so every output is
 * copied in as soon as a generation succeeds. Keys are opaque to callers.
 */
public interface MediaStore {

    /** Copies {@code source} in under {@code key} and returns its size and SHA-256. */
    StoredObject put(String key, Path source);

    Resource get(String key);

    void delete(String key);

    record StoredObject(String key, long sizeBytes, String sha256) {
    }

    /** Reads a stored object fully, e.g. to check its checksum. */
    default InputStream open(String key) {
        try {
            return get(key).getInputStream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
