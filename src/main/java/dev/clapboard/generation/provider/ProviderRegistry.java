package dev.clapboard.generation.provider;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every {@link VideoProvider} bean, the local one first. */
@Component
public class ProviderRegistry {

    private final List<VideoProvider> providers;

    ProviderRegistry(List<VideoProvider> providers) {
        this.providers = providers.stream()
                .sorted(Comparator.comparing((VideoProvider p) -> !p.id().equals("local")).thenComparing(VideoProvider::id))
                .toList();
    }

    public List<VideoProvider> all() {
        return providers;
    }

    public Optional<VideoProvider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public VideoProvider get(String id) {
        return find(id).orElseThrow(() -> new ProviderException(false, "unknown_provider",
                "There is no provider " + id + " in this workspace", null));
    }
}
