package dev.clapboard.generation.hosted;

import dev.clapboard.generation.ProviderKind;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.VideoSize;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One configured endpoint with its key in clear, only in memory while a provider talks to it. The models are
 * the price table's: sizes priced per model are what it makes, otherwise the family's usual sizes.
 */
record EndpointConfig(long endpointId, ProviderKind kind, String displayName, URI baseUrl, String apiKey,
        PriceTable prices, Set<String> downloadHosts) {

    static final List<VideoSize> VIDEOS_API_SIZES = List.of(new VideoSize(1280, 720), new VideoSize(720, 1280),
            new VideoSize(1792, 1024), new VideoSize(1024, 1792));
    static final List<Integer> VIDEOS_API_SECONDS = List.of(4, 8, 12);
    static final List<VideoSize> VEO_SIZES = List.of(new VideoSize(1280, 720), new VideoSize(720, 1280),
            new VideoSize(1920, 1080), new VideoSize(1080, 1920));
    static final List<Integer> VEO_SECONDS = List.of(4, 6, 8);

    /** Never print the key. */
    @Override
    public String toString() {
        return "EndpointConfig[" + endpointId + ", " + kind + ", " + baseUrl + "]";
    }

    String providerId() {
        return "endpoint-" + endpointId;
    }

    List<ModelSpec> models() {
        var ids = new LinkedHashSet<String>();
        prices.prices().forEach(p -> ids.add(p.model()));
        var videosApi = kind == ProviderKind.VIDEOS_API;
        return ids.stream().map(id -> {
            var priced = prices.prices().stream().filter(p -> p.model().equals(id) && p.size() != null)
                    .map(PriceTable.Price::size).toList();
            var sizes = priced.isEmpty() ? (videosApi ? VIDEOS_API_SIZES : VEO_SIZES) : priced;
            return new ModelSpec(id, id, sizes, videosApi ? VIDEOS_API_SECONDS : VEO_SECONDS, true, true, videosApi);
        }).toList();
    }

    /** {@code base/path}, whatever slashes the admin typed. */
    URI resolve(String path) {
        var base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + path);
    }
}
