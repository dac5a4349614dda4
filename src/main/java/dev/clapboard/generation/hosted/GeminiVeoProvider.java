package dev.clapboard.generation.hosted;

import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Veo through the Gemini API: {@code POST {base}/models/{model}:predictLongRunning}, then the operation is
 * polled at {@code GET {base}/{operation}} until {@code done}; the video is fetched from the URI in the
 * response with the key. Veo makes no thumbnail, so one is taken from the video's first second.
 */
final class GeminiVeoProvider extends EndpointProvider {

    private static final Pattern OPERATION = Pattern.compile("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_.\\-]+)*");

    GeminiVeoProvider(EndpointConfig endpoint, HostedHttp http, JsonMapper json) {
        super(endpoint, http, json);
    }

    @Override
    public String submit(VideoRequest request) {
        var instance = json.createObjectNode().put("prompt", request.prompt());
        var image = request.imageReference();
        if (image != null) {
            var png = image.length > 3 && image[0] == (byte) 0x89 && image[1] == 'P';
            instance.putObject("image").put("bytesBase64Encoded", Base64.getEncoder().encodeToString(image))
                    .put("mimeType", png ? "image/png" : "image/jpeg");
        }
        var body = json.createObjectNode();
        body.putArray("instances").add(instance);
        body.putObject("parameters").put("aspectRatio", request.size().aspectRatio())
                .put("durationSeconds", request.durationSeconds())
                .put("resolution", Math.min(request.size().width(), request.size().height()) + "p");
        var operation = http.call(keyed(endpoint.resolve("models/" + request.model() + ":predictLongRunning"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        return operation(operation.path("name").asString(""));
    }

    @Override
    public JobStatus status(String jobId) {
        var operation = http.call(keyed(endpoint.resolve(operation(jobId))).GET());
        if (!operation.path("done").asBoolean(false)) {
            // Veo reports no progress while it works
            return new JobStatus(JobStatus.State.RUNNING, 50, null, null, null);
        }
        var error = operation.path("error");
        if (error.isObject()) {
            return JobStatus.failed(error.path("status").asString("error_" + error.path("code").asInt(0)),
                    displayName() + " could not make the video: " + error.path("message").asString("no reason given"));
        }
        var response = operation.path("response").path("generateVideoResponse");
        if (!videoUri(response).isEmpty()) {
            return JobStatus.succeeded();
        }
        if (response.path("raiMediaFilteredCount").asInt(0) > 0) {
            var reasons = new ArrayList<String>();
            response.path("raiMediaFilteredReasons").forEach(r -> reasons.add(r.asString("")));
            return JobStatus.failed("safety_filtered", displayName() + " blocked the video with its safety filters"
                    + (reasons.isEmpty() ? "." : ": " + String.join(" ", reasons)));
        }
        throw new ProviderException(false, "malformed_response", displayName() + " finished without a video", null);
    }

    @Override
    public void download(String jobId, OutputVariant variant, Path target) {
        var operation = http.call(keyed(endpoint.resolve(operation(jobId))).GET());
        var uri = videoUri(operation.path("response").path("generateVideoResponse"));
        if (uri.isEmpty()) {
            throw new ProviderException(false, "output_expired", displayName() + " no longer lists the video", null);
        }
        var location = URI.create(uri);
        // the key goes with the download: only to the API's own host or one the admin allowed
        var host = location.getHost() == null ? "" : location.getHost().toLowerCase(java.util.Locale.ROOT);
        if (!host.equalsIgnoreCase(endpoint.baseUrl().getHost()) && !endpoint.downloadHosts().contains(host)) {
            throw new ProviderException(false, "redirect_refused", displayName() + " named a video on " + host
                    + ", which is not an allowed download host of this endpoint", null);
        }
        if (variant == OutputVariant.VIDEO) {
            http.download(location, keyed(location), endpoint.downloadHosts(), target);
            return;
        }
        try {
            var video = Files.createTempFile("veo", ".mp4");
            try {
                http.download(location, keyed(location), endpoint.downloadHosts(), video);
                thumbnail(video, target);
            } finally {
                Files.deleteIfExists(video);
            }
        } catch (IOException e) {
            throw new ProviderException(false, "corrupt_output", "No thumbnail could be taken from the video", null);
        }
    }

    private static void thumbnail(Path video, Path target) throws IOException {
        try (var grabber = new FFmpegFrameGrabber(video.toFile());
                var converter = new Java2DFrameConverter()) {
            grabber.start();
            var frame = grabber.grabImage();
            if (frame == null) {
                throw new IOException("no frame");
            }
            ImageIO.write(converter.convert(frame), "jpg", target.toFile());
            grabber.stop();
        }
    }

    private static String videoUri(JsonNode response) {
        for (var sample : response.path("generatedSamples")) {
            var uri = sample.path("video").path("uri").asString("");
            if (!uri.isEmpty()) {
                return uri;
            }
        }
        return "";
    }

    @Override
    public Duration expectedWait(String model, VideoSize size, int seconds, int variants) {
        return Duration.ofSeconds(40L + 10L * seconds);
    }

    @Override
    public String testConnection() {
        var model = models().isEmpty() ? "" : models().getFirst().id();
        var found = http.call(keyed(endpoint.resolve("models/" + model)).GET());
        return "Connected to " + displayName() + ": model " + found.path("name").asString(model) + " is available.";
    }

    private HttpRequest.Builder keyed(URI uri) {
        return HttpRequest.newBuilder(uri).header("x-goog-api-key", endpoint.apiKey());
    }

    private String operation(String name) {
        if (!OPERATION.matcher(name).matches() || name.contains("..")) {
            throw new ProviderException(false, "malformed_response", displayName() + " returned no usable operation",
                    null);
        }
        return name;
    }
}
