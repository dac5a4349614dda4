package dev.clapboard.api.web;

import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.VideoStream;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A succeeded generation's stored video and thumbnail. Range requests get 206 and the asked bytes. */
@RestController
@Tag(name = "Media")
class MediaApi {

    private final GenerationService generations;

    MediaApi(GenerationService generations) {
        this.generations = generations;
    }

    @GetMapping("/api/v1/generations/{generationId}/video")
    @PreAuthorize("hasAuthority('SCOPE_media:read')")
    @Operation(summary = "Download the video (Range supported)")
    ResponseEntity<Resource> video(@PathVariable long generationId) {
        return send(generations.video(generationId), "Video of generation " + generationId);
    }

    @GetMapping("/api/v1/generations/{generationId}/thumbnail")
    @PreAuthorize("hasAuthority('SCOPE_media:read')")
    @Operation(summary = "Download the thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long generationId) {
        return send(generations.thumbnail(generationId), "Thumbnail of generation " + generationId);
    }

    private static ResponseEntity<Resource> send(Optional<VideoStream> stream, String what) {
        var media = stream.orElseThrow(() -> new ApiErrors.NotFoundException(what));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(media.contentType())).eTag(media.sha256())
                .body(media.content());
    }
}
