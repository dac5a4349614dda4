package dev.clapboard.generation;

import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.generation.provider.OutputVariant;
import java.nio.file.Path;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Videos other features make from a generation's video (e.g. a labelled copy for publishing), kept in the media
 * store of the current workspace like any output and streamed from {@code /media/{mediaId}}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DerivedVideos {

    private final MediaLibrary media;

    DerivedVideos(MediaLibrary media) {
        this.media = media;
    }

    /** A stored MP4: its media id, SHA-256 and size. */
    public record StoredVideo(long mediaId, String sha256, long sizeBytes) {
    }

    /** Copies the MP4 at {@code file} into the store; the caller may delete {@code file} afterwards. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR') or hasRole('SYSTEM')")
    public StoredVideo store(Path file) {
        var stored = media.store(OutputVariant.VIDEO, file);
        return new StoredVideo(stored.id(), stored.sha256(), stored.sizeBytes());
    }
}
