package dev.clapboard.generation;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The stand-in {@link VideoFlags} when no feature flags videos: none is flagged. */
@Component
class NoVideoFlags implements VideoFlags {

    @Override
    public Map<Long, String> flagged(Collection<Long> generationIds) {
        return Map.of();
    }
}
