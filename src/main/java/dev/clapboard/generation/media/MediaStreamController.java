package dev.clapboard.generation.media;

import java.util.concurrent.TimeUnit;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Streams stored outputs to the player. Every request is checked: signed in (the security filter), member
 * of the file's workspace (the tenant filter makes other workspaces' files "not found"). Range requests are
 * answered by Spring with 206 and the asked bytes, so seeking works. No guessable public URLs.
 */
@RestController
class MediaStreamController {

    private final MediaLibrary library;

    MediaStreamController(MediaLibrary library) {
        this.library = library;
    }

    @GetMapping("/media/{mediaId}")
    ResponseEntity<Resource> stream(@PathVariable long mediaId) {
        return library.open(mediaId)
                .map(playable -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(playable.media().contentType()))
                        .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                        .eTag(playable.media().sha256())
                        .body(playable.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
