package dev.clapboard.generation.hosted;

import dev.clapboard.generation.provider.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side every hosted client shares: timeouts on connect and on each answer, bounded reads, no
 * redirects to other hosts, and one mapping of answers onto {@link ProviderException}: 429 (with
 * Retry-After), 5xx, timeouts and network errors may pass on a later try; other 4xx, HTML instead of JSON and
 * oversized answers are final.
 *
 * <p>The JDK client's request timeout ends when the headers arrive; a body that then stalls would block a
 * job thread forever. So every body is read through {@link BodyDeadline}: no bytes for {@code readTimeout}, or
 * the whole body taking longer than its budget ({@code readTimeout} for JSON, {@code downloadTimeout} for an
 * output), closes the stream and ends in a retryable "timeout".
 */
final class HostedHttp {

    /** How long and how much we wait for and read from a provider. */
    record Limits(Duration connectTimeout, Duration readTimeout, long maxJsonBytes, long maxDownloadBytes,
            Duration downloadTimeout) {

        static final Duration DEFAULT_DOWNLOAD_TIMEOUT = Duration.ofMinutes(30);

        Limits(Duration connectTimeout, Duration readTimeout, long maxJsonBytes, long maxDownloadBytes) {
            this(connectTimeout, readTimeout, maxJsonBytes, maxDownloadBytes, DEFAULT_DOWNLOAD_TIMEOUT);
        }
    }

    private static final int MAX_REDIRECTS = 3;

    private final HttpClient client;
    private final Limits limits;
    private final JsonMapper json;
    private final String providerName;
    private final Clock clock;

    HostedHttp(HttpClient client, Limits limits, JsonMapper json, String providerName, Clock clock) {
        this.client = client;
        this.limits = limits;
        this.json = json;
        this.providerName = providerName;
        this.clock = clock;
    }

    static HttpClient newClient(Limits limits) {
        return HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code request} and returns its JSON answer, or throws what the answer means. */
    JsonNode call(HttpRequest.Builder request) {
        var response = send(request.timeout(limits.readTimeout()).header("Accept", "application/json").build());
        try (var body = guarded(response.body(), limits.readTimeout())) {
            var text = readBounded(body, limits.maxJsonBytes());
            if (response.statusCode() >= 300) {
                throw failure(response, text);
            }
            return parse(text);
        } catch (IOException e) {
            throw network(e);
        }
    }

    /**
     * Streams a download to {@code target}, following redirects only within the same host or to
     * {@code allowedHosts}; 404 and 410 mean the provider no longer keeps the output.
     */
    void download(URI uri, HttpRequest.Builder template, Set<String> allowedHosts, Path target) {
        var current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            var response = send(template.copy().uri(current).timeout(limits.readTimeout()).GET().build());
            try (var body = guarded(response.body(), limits.downloadTimeout())) {
                var status = response.statusCode();
                if (status >= 300 && status < 400) {
                    var location = response.headers().firstValue("Location").orElseThrow(() -> new ProviderException(
                            false, "malformed_response", providerName + " redirected without a location", null));
                    var next = current.resolve(location);
                    if (!sameHost(uri, next) && !allowedHosts.contains(host(next))) {
                        throw new ProviderException(false, "redirect_refused", providerName
                                + " redirected the download to " + host(next)
                                + ", which is not an allowed download host of this endpoint", null);
                    }
                    current = next;
                    continue;
                }
                if (status == 404 || status == 410) {
                    throw new ProviderException(false, "output_expired", providerName
                            + " no longer has this output (expired or deleted, HTTP " + status + ")", null);
                }
                if (status >= 300) {
                    throw failure(response, readBounded(body, limits.maxJsonBytes()));
                }
                copyBounded(body, target);
                return;
            } catch (IOException e) {
                throw network(e);
            }
        }
        throw new ProviderException(false, "redirect_refused", providerName + " redirected too often", null);
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ProviderException(true, "timeout", providerName + " did not answer in time", null);
        } catch (IOException e) {
            throw network(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(true, "interrupted", "Interrupted while waiting for " + providerName, null);
        }
    }

    private BodyDeadline guarded(InputStream body, Duration wholeBody) {
        return new BodyDeadline(body, limits.readTimeout(), wholeBody, providerName);
    }

    private ProviderException network(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return new ProviderException(true, "timeout", providerName + " did not answer in time", null);
        }
        return new ProviderException(true, "network", providerName + " could not be reached: " + e.getMessage(), null);
    }

    private ProviderException failure(HttpResponse<?> response, String text) {
        var status = response.statusCode();
        var detail = errorMessage(text);
        var said = detail == null ? "" : ": " + detail;
        if (status == 429) {
            return new ProviderException(true, "rate_limited", providerName + " asks us to slow down" + said,
                    retryAfter(response));
        }
        if (status >= 500) {
            return new ProviderException(true, "provider_unavailable", providerName + " failed (HTTP " + status + ")"
                    + said, retryAfter(response));
        }
        if (status == 401 || status == 403) {
            return new ProviderException(false, "unauthorized", providerName + " refused the API key (HTTP " + status
                    + ")" + said, null);
        }
        return new ProviderException(false, "rejected", providerName + " rejected the request (HTTP " + status + ")"
                + said, null);
    }

    /** The provider's own words, from {@code error.message} of an OpenAI-style or google.rpc.Status body. */
    private @Nullable String errorMessage(String text) {
        try {
            var message = json.readTree(text).path("error").path("message");
            return message.isString() ? message.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private @Nullable Duration retryAfter(HttpResponse<?> response) {
        var value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            try {
                var at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                var wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException ignored) {
                return null;
            }
        }
    }

    JsonNode parse(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            var start = text.strip();
            var what = start.startsWith("<") ? "an HTML page" : "something that is not JSON";
            throw new ProviderException(false, "malformed_response", providerName + " answered with " + what
                    + " instead of JSON", null);
        }
        return node;
    }

    private String readBounded(InputStream body, long max) throws IOException {
        var bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw new ProviderException(false, "response_too_large", providerName + " answered with more than "
                    + max + " bytes", null);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void copyBounded(InputStream body, Path target) throws IOException {
        long total = 0;
        var buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                total += read;
                if (total > limits.maxDownloadBytes()) {
                    throw new ProviderException(false, "response_too_large", "The output of " + providerName
                            + " is larger than " + limits.maxDownloadBytes() + " bytes", null);
                }
                out.write(buffer, 0, read);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean sameHost(URI a, URI b) {
        return host(a).equals(host(b)) && a.getPort() == b.getPort() && a.getScheme().equals(b.getScheme());
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }
}
