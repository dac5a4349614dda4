package dev.clapboard.generation;

import dev.clapboard.campaign.CardMedia;
import dev.clapboard.campaign.CardVideo;
import dev.clapboard.generation.domain.Generation;
import dev.clapboard.generation.domain.GenerationRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the board shows of each card's latest generation: its progress, and the video once it is ready. */
@Service
@Primary
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class GeneratedCardMedia implements CardMedia {

    private final GenerationRepository generations;

    GeneratedCardMedia(GenerationRepository generations) {
        this.generations = generations;
    }

    @Override
    public Map<Long, CardVideo> latestFor(Collection<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return generations.latestForCards(cardIds).stream()
                .collect(Collectors.toMap(Generation::getCardId, GeneratedCardMedia::video, (a, b) -> a));
    }

    private static CardVideo video(Generation g) {
        return switch (g.getStatus()) {
            case QUEUED -> new CardVideo("Video queued", null, null);
            case RUNNING -> new CardVideo("Generating " + g.getProgressPercent() + " %", null, null);
            case SUCCEEDED -> new CardVideo("Video ready", "media/" + g.getVideoMediaId(),
                    g.getThumbnailMediaId() == null ? null : "media/" + g.getThumbnailMediaId());
            case CANCELLED -> new CardVideo("Video cancelled", null, null);
            default -> new CardVideo("Video failed", null, null);
        };
    }
}
