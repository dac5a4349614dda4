package dev.clapboard.generation.hosted;

import dev.clapboard.generation.GenerationNudge;
import dev.clapboard.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a provider's webhook delivery (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature} = {@code v1,base64(HMAC-SHA256(secret, id.timestamp.body))}) and, when it is
 * genuine, fresh and new, makes the job queue check the named job now. Nobody is signed in here: the endpoint's
 * workspace is read with plain SQL first, everything else runs as that workspace.
 */
@Component
class WebhookReceiver {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** How a delivery was answered: an HTTP status and a short reason for the provider's delivery log. */
    record Outcome(HttpStatus status, String reason) {
    }

    private record Endpoint(long workspaceId, String secretCipher) {
    }

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final GenerationNudge nudge;
    private final JsonMapper json;
    private final Clock clock;

    WebhookReceiver(JdbcClient jdbc, SecretBox secrets, GenerationNudge nudge, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.nudge = nudge;
        this.json = json;
        this.clock = clock;
    }

    Outcome receive(long endpointId, @Nullable String id, @Nullable String timestamp, @Nullable String signature,
            byte[] body) {
        var endpoint = jdbc.sql("select workspace_id, webhook_secret_cipher from provider_endpoint where id = ? "
                + "and enabled = true").param(endpointId)
                .query((rs, row) -> new Endpoint(rs.getLong(1), rs.getString(2))).optional().orElse(null);
        if (endpoint == null) {
            return new Outcome(HttpStatus.NOT_FOUND, "no such endpoint");
        }
        if (id == null || id.isBlank() || id.length() > 200 || timestamp == null || signature == null) {
            return new Outcome(HttpStatus.BAD_REQUEST, "webhook-id, webhook-timestamp and webhook-signature required");
        }
        Instant sentAt;
        try {
            sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return new Outcome(HttpStatus.BAD_REQUEST, "webhook-timestamp is not a number");
        }
        if (Duration.between(sentAt, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            return new Outcome(HttpStatus.BAD_REQUEST, "stale timestamp");
        }
        var expected = sign(secrets.decrypt(endpoint.secretCipher()), id, timestamp.strip(), body);
        if (!matches(signature, expected)) {
            return new Outcome(HttpStatus.UNAUTHORIZED, "signature does not match");
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            return new Outcome(HttpStatus.BAD_REQUEST, "body is not JSON");
        }
        if (!event.isObject()) {
            return new Outcome(HttpStatus.BAD_REQUEST, "body is not a JSON object");
        }
        if (!firstDelivery(endpointId, id)) {
            return new Outcome(HttpStatus.CONFLICT, "delivery already received");
        }
        var jobId = jobId(event);
        if (jobId == null) {
            return new Outcome(HttpStatus.ACCEPTED, "no job named");
        }
        var nudged = SystemActor.callInWorkspace(endpoint.workspaceId(),
                () -> nudge.checkNow("endpoint-" + endpointId, jobId));
        return new Outcome(HttpStatus.OK, nudged ? "checking now" : "no running generation for that job");
    }

    /** {@code v1,<base64>}; a {@code whsec_} secret is base64 of the HMAC key, any other is used as text. */
    static String sign(String secret, String id, String timestamp, byte[] body) {
        var key = secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring(6))
                : secret.getBytes(StandardCharsets.UTF_8);
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header may list several space-separated signatures (during secret rotation); one must match. */
    private static boolean matches(String header, String expected) {
        for (var candidate : header.strip().split("\\s+")) {
            if (MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private boolean firstDelivery(long endpointId, String id) {
        var now = clock.instant();
        jdbc.sql("delete from webhook_delivery where received_at < ?")
                .param(java.sql.Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        try {
            jdbc.sql("insert into webhook_delivery (endpoint_id, delivery_id, received_at) values (?, ?, ?)")
                    .params(endpointId, id, java.sql.Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** {@code data.id} of a {@code video.completed}-style event, or {@code data.name} of an operation. */
    private static @Nullable String jobId(JsonNode event) {
        var data = event.path("data");
        var id = data.path("id").asString(data.path("name").asString(""));
        return id.isBlank() || id.length() > 500 ? null : id;
    }
}
