package dev.clapboard.campaign;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The stand-in {@link CardMedia} for a board without a generation feature: no card has a video. */
@Component
class NoCardMedia implements CardMedia {

    @Override
    public Map<Long, CardVideo> latestFor(Collection<Long> cardIds) {
        return Map.of();
    }
}
