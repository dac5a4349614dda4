package dev.clapboard.generation.provider;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every {@link VideoProvider} bean, the local one first, then the providers of each {@link VideoProviderSource}
 * (such as the current workspace's hosted endpoints).
 */
@Component
public class ProviderRegistry {

    private final List<VideoProvider> providers;
    private final List<VideoProviderSource> sources;

    ProviderRegistry(List<VideoProvider> providers, List<VideoProviderSource> sources) {
        this.sources = sources;
        this.providers = providers.stream()
                .sorted(Comparator.comparing((VideoProvider p) -> !p.id().equals("local")).thenComparing(VideoProvider::id))
                .toList();
    }

    public List<VideoProvider> all() {
        if (sources.isEmpty()) {
            return providers;
        }
        var all = new java.util.ArrayList<>(providers);
        sources.forEach(source -> all.addAll(source.providers()));
        return all;
    }

    public Optional<VideoProvider> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public VideoProvider get(String id) {
        return find(id).orElseThrow(() -> new ProviderException(false, "unknown_provider",
                "There is no provider " + id + " in this workspace", null));
    }
}
