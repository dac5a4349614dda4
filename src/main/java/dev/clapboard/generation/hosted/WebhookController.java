package dev.clapboard.generation.hosted;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where providers report finished jobs: {@code POST /webhooks/providers/{endpointId}}. */
@RestController
class WebhookController {

    static final String PATH = "/webhooks/providers/";

    private final WebhookReceiver receiver;

    WebhookController(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping(PATH + "{endpointId}")
    ResponseEntity<String> receive(@PathVariable long endpointId,
            @RequestHeader(name = "webhook-id", required = false) @Nullable String id,
            @RequestHeader(name = "webhook-timestamp", required = false) @Nullable String timestamp,
            @RequestHeader(name = "webhook-signature", required = false) @Nullable String signature,
            @RequestBody(required = false) byte @Nullable [] body) {
        var outcome = receiver.receive(endpointId, id, timestamp, signature, body == null ? new byte[0] : body);
        return ResponseEntity.status(outcome.status()).body(outcome.reason());
    }
}
