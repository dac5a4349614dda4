package dev.clapboard.generation.hosted;

import dev.clapboard.generation.ProviderKind;
import dev.clapboard.generation.domain.ProviderEndpoint;
import dev.clapboard.generation.domain.ProviderEndpointRepository;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoProviderSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enabled endpoints of the current workspace as providers, built on each look-up from their stored
 * configuration (the key is decrypted only into the provider object, never logged).
 */
@Component
public class HostedProviders implements VideoProviderSource {

    private final ProviderEndpointRepository endpoints;
    private final SecretBox secrets;
    private final JsonMapper json;
    private final Clock clock;
    private final HostedHttp.Limits limits;
    private final HttpClient client;

    HostedProviders(ProviderEndpointRepository endpoints, SecretBox secrets, JsonMapper json, Clock clock,
            @Value("${clapboard.providers.connect-timeout-seconds:10}") long connectSeconds,
            @Value("${clapboard.providers.read-timeout-seconds:60}") long readSeconds,
            @Value("${clapboard.providers.max-download-megabytes:2048}") long maxDownloadMegabytes,
            @Value("${clapboard.providers.download-timeout-minutes:30}") long downloadMinutes) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
        this.limits = new HostedHttp.Limits(Duration.ofSeconds(connectSeconds), Duration.ofSeconds(readSeconds),
                1 << 20, maxDownloadMegabytes << 20, Duration.ofMinutes(downloadMinutes));
        this.client = HostedHttp.newClient(limits);
    }

    @Override
    public List<VideoProvider> providers() {
        return endpoints.findByEnabledTrueOrderByDisplayNameAsc().stream().map(this::provider).toList();
    }

    /** Calls the endpoint's cheap listing and says what it answered. */
    public String testConnection(ProviderEndpoint endpoint) {
        return ((ConnectionTest) provider(endpoint)).testConnection();
    }

    VideoProvider provider(ProviderEndpoint endpoint) {
        var config = new EndpointConfig(endpoint.getId(), endpoint.getKind(), endpoint.getDisplayName(),
                URI.create(endpoint.getBaseUrl()), secrets.decrypt(endpoint.getApiKeyCipher()),
                PriceTableText.parse(endpoint.getCurrency(), endpoint.getPriceTable()),
                Arrays.stream(endpoint.getDownloadHosts().split("[,\\s]+")).filter(h -> !h.isBlank())
                        .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        var http = new HostedHttp(client, limits, json, endpoint.getDisplayName(), clock);
        return endpoint.getKind() == ProviderKind.VIDEOS_API
                ? new VideosApiProvider(config, http, json)
                : new GeminiVeoProvider(config, http, json);
    }
}
