package dev.clapboard.generation.hosted;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where providers report finished jobs: {@code POST /webhooks/providers/{endpointId}}. Anyone on the internet can
 * call it, so the body is read only up to {@link #MAX_BODY_BYTES} and only as JSON before the receiver checks
 * the signature.
 */
@RestController
class WebhookController {

    static final String PATH = "/webhooks/providers/";
    /** Provider events are a few hundred bytes; this leaves room for verbose ones and nothing more. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final WebhookReceiver receiver;

    WebhookController(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping(PATH + "{endpointId}")
    ResponseEntity<String> receive(@PathVariable long endpointId,
            @RequestHeader(name = "webhook-id", required = false) @Nullable String id,
            @RequestHeader(name = "webhook-timestamp", required = false) @Nullable String timestamp,
            @RequestHeader(name = "webhook-signature", required = false) @Nullable String signature,
            HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return tooLarge();
        }
        if (!isJson(request.getContentType())) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body("content type must be application/json");
        }
        var body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge(); // sent without a length, or with a false one
        }
        var outcome = receiver.receive(endpointId, id, timestamp, signature, body);
        return ResponseEntity.status(outcome.status()).body(outcome.reason());
    }

    private static ResponseEntity<String> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("body larger than " + MAX_BODY_BYTES / 1024
                + " KiB");
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.includes(type) || "json".equals(type.getSubtypeSuffix());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
