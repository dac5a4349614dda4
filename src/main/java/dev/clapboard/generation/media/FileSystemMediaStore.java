package dev.clapboard.generation.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The media store as a folder, {@code ./data/media} by default; a shared volume when several nodes run. A write
 * that would leave less than {@code clapboard.media.min-free-space} (256MB by default) on the disk is refused
 * before it starts, so a full disk fails one generation with a clear reason, not the database next to it.
 */
@Component
class FileSystemMediaStore implements MediaStore {

    private final Path root;
    private final Environment environment;

    FileSystemMediaStore(@Value("${clapboard.media.dir:${CLAPBOARD_DATA_DIR:./data}/media}") Path root,
            Environment environment) {
        this.root = root.toAbsolutePath().normalize();
        this.environment = environment;
    }

    @Override
    public StoredObject put(String key, Path source) {
        var target = resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            checkFreeSpace(target.getParent(), Files.size(source));
            temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
            var digest = MessageDigest.getInstance("SHA-256");
            try (var in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            // a reader never sees a half-written file under the real key
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new StoredObject(key, Files.size(target), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new MediaStoreException("the media store cannot be written (" + describe(e) + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void checkFreeSpace(Path dir, long incoming) throws IOException {
        // read on every write, so an operator's change (or a test's full disk) applies without a restart
        var minFreeSpace = DataSize.parse(environment.getProperty("clapboard.media.min-free-space", "256MB"));
        var free = Files.getFileStore(dir).getUsableSpace();
        if (free - incoming < minFreeSpace.toBytes()) {
            throw new MediaStoreException("the media store is full: " + megabytes(free) + " free, "
                    + megabytes(minFreeSpace.toBytes()) + " must stay free", null);
        }
    }

    @Override
    public Resource get(String key) {
        return new FileSystemResource(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    private Path resolve(String key) {
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root) || key.isBlank()) {
            throw new IllegalArgumentException("Key outside the media store: " + key);
        }
        return path;
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** The exception's own words name the path and the trouble (e.g. "Not a directory"). */
    private static String describe(IOException e) {
        var kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover ".part" file is never served: only keys the database knows are
            }
        }
    }
}
