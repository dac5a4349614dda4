package dev.clapboard.generation.hosted;

import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gateway serving the {@code /v1/videos} API shape: {@code POST /videos}, {@code GET /videos/{id}},
 * {@code GET /videos/{id}/content?variant=}, {@code DELETE /videos/{id}}, {@code POST /videos/{id}/remix}, with
 * a bearer key.
 */
final class VideosApiProvider extends EndpointProvider {

    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}");

    VideosApiProvider(EndpointConfig endpoint, HostedHttp http, JsonMapper json) {
        super(endpoint, http, json);
    }

    @Override
    public String submit(VideoRequest request) {
        var builder = authorized(endpoint.resolve("videos"));
        if (request.imageReference() != null) {
            var boundary = "clapboard-" + UUID.randomUUID();
            builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, request)));
        } else {
            var body = json.createObjectNode().put("model", request.model()).put("prompt", request.prompt())
                    .put("seconds", String.valueOf(request.durationSeconds())).put("size", request.size().label());
            builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return jobId(http.call(builder).path("id").asString(""));
    }

    /** A new video from an earlier one with a changed prompt; the gateway keeps the other settings. */
    @Override
    public String remix(String sourceJobId, VideoRequest request) {
        var body = json.createObjectNode().put("prompt", request.prompt());
        var builder = authorized(endpoint.resolve("videos/" + jobId(sourceJobId) + "/remix"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        return jobId(http.call(builder).path("id").asString(""));
    }

    @Override
    public JobStatus status(String jobId) {
        var video = http.call(authorized(endpoint.resolve("videos/" + jobId(jobId))).GET());
        var progress = Math.clamp(video.path("progress").asInt(0), 0, 100);
        var expiresAt = video.path("expires_at").isNumber()
                ? Instant.ofEpochSecond(video.path("expires_at").asLong()) : null;
        return switch (video.path("status").asString("").toLowerCase(Locale.ROOT)) {
            case "queued" -> new JobStatus(JobStatus.State.QUEUED, progress, null, null, null);
            case "in_progress" -> new JobStatus(JobStatus.State.RUNNING, progress, null, null, null);
            case "completed" -> new JobStatus(JobStatus.State.SUCCEEDED, 100, null, null, expiresAt);
            case "cancelled" -> new JobStatus(JobStatus.State.CANCELLED, progress, null, null, null);
            case "failed" -> failed(video.path("error"));
            default -> throw new ProviderException(false, "malformed_response", displayName()
                    + " reported an unknown status \"" + video.path("status").asString("") + "\"", null);
        };
    }

    private JobStatus failed(JsonNode error) {
        var code = error.path("code").asString("failed");
        var message = error.path("message").asString("no reason given");
        if (isSafety(code)) {
            return JobStatus.failed(code, displayName() + " refused the video with its moderation filter: " + message);
        }
        return JobStatus.failed(code, displayName() + " could not make the video: " + message);
    }

    static boolean isSafety(String code) {
        var lower = code.toLowerCase(Locale.ROOT);
        return lower.contains("moderation") || lower.contains("safety") || lower.contains("content_policy");
    }

    @Override
    public void download(String jobId, OutputVariant variant, Path target) {
        var uri = endpoint.resolve("videos/" + jobId(jobId) + "/content?variant="
                + variant.name().toLowerCase(Locale.ROOT));
        http.download(uri, authorized(uri), endpoint.downloadHosts(), target);
    }

    @Override
    public Duration expectedWait(String model, VideoSize size, int seconds, int variants) {
        // hosted jobs run side by side: the wait does not grow with the number of variants
        return Duration.ofSeconds(60L + 15L * seconds);
    }

    @Override
    public boolean canCancel() {
        return true;
    }

    @Override
    public void cancel(String jobId) {
        http.call(authorized(endpoint.resolve("videos/" + jobId(jobId))).DELETE());
    }

    @Override
    public String testConnection() {
        var models = http.call(authorized(endpoint.resolve("models")).GET()).path("data");
        return "Connected to " + displayName() + (models.isArray() ? ": it lists " + models.size() + " models." : ".");
    }

    private HttpRequest.Builder authorized(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + endpoint.apiKey());
    }

    /** The provider's job id goes into our URLs: only plain ids are accepted. */
    private String jobId(String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw new ProviderException(false, "malformed_response", displayName() + " returned no usable video id",
                    null);
        }
        return id;
    }

    private static byte[] multipart(String boundary, VideoRequest request) {
        var out = new ByteArrayOutputStream();
        var fields = new String[][] {{"model", request.model()}, {"prompt", request.prompt()},
                {"seconds", String.valueOf(request.durationSeconds())}, {"size", request.size().label()}};
        for (var field : fields) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        var image = request.imageReference();
        var png = image.length > 3 && image[0] == (byte) 0x89 && image[1] == 'P';
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\""
                + (png ? "reference.png" : "reference.jpg") + "\"\r\nContent-Type: "
                + (png ? "image/png" : "image/jpeg") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(image);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
