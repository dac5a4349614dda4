package dev.clapboard.generation.media;

import dev.clapboard.generation.domain.MediaFile;
import dev.clapboard.generation.domain.MediaFileRepository;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.security.CurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current workspace's stored outputs: files in the {@link MediaStore} with their record. A file of
 * another workspace is simply not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MediaLibrary {

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

    private final MediaStore store;
    private final MediaFileRepository files;
    private final CurrentUser currentUser;
    private final Clock clock;

    MediaLibrary(MediaStore store, MediaFileRepository files, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record StoredMedia(long id, OutputVariant kind, String contentType, long sizeBytes, String sha256) {
    }

    public record Playable(StoredMedia media, Resource content) {
    }

    /** Copies an output into the store for the current workspace. Background jobs act via SystemActor. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR') or hasRole('SYSTEM')")
    public StoredMedia store(OutputVariant kind, Path source) {
        var key = currentUser.require().workspaceId() + "/" + UUID.randomUUID() + "." + kind.extension;
        var stored = store.put(key, source);
        deleteUnlessCommitted(key);
        var file = files.save(new MediaFile(kind, key, stored.sizeBytes(), stored.sha256(), clock.instant()));
        return describe(file);
    }

    /**
     * Removes the stored file again when its row never gets committed (the transaction rolled back, e.g. the
     * thumbnail after it could not be stored, or the database went away before the commit), so the store holds
     * no file nobody refers to. When the commit was sent but its outcome is unknown, the file stays: a row
     * without its file would be worse than a file without its row.
     */
    private void deleteUnlessCommitted(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean commitSent;

            @Override
            public void beforeCommit(boolean readOnly) {
                commitSent = true;
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK || (status == STATUS_UNKNOWN && !commitSent)) {
                    try {
                        store.delete(key);
                    } catch (RuntimeException e) {
                        log.warn("Could not remove {} after its transaction ended without it", key, e);
                    }
                }
            }
        });
    }

    public Optional<Playable> open(long mediaId) {
        return files.findById(mediaId).map(file -> new Playable(describe(file), store.get(file.getStorageKey())));
    }

    private static StoredMedia describe(MediaFile file) {
        return new StoredMedia(file.getId(), file.getKind(), file.getContentType(), file.getSizeBytes(),
                file.getSha256());
    }
}
