package dev.clapboard.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reference media and signed declarations, as files under {@code ./data/compliance}. Generation's media store
 * has no public API for other features, and these files must never be reachable through {@code /media}: they
 * are only ever handed out by the services, which check the workspace (the rows are tenant entities).
 */
@Component
class ComplianceFiles {

    private final Path root;

    ComplianceFiles(@Value("${clapboard.compliance.dir:${CLAPBOARD_DATA_DIR:./data}/compliance}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Stores {@code data} under a new random key and returns the key. */
    String store(byte[] data) {
        var key = UUID.randomUUID().toString();
        var target = root.resolve(key);
        try {
            Files.createDirectories(root);
            var temp = Files.createTempFile(root, ".upload-", ".part");
            Files.write(temp, data);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        }
    }

    /** Deletes the file for good; true when there was one. */
    boolean delete(String key) {
        try {
            return Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    Path path(String key) {
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Key outside the compliance store: " + key);
        }
        return path;
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }
}
