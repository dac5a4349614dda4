package dev.clapboard.campaign;

import java.util.Collection;
import java.util.Map;

/**
 * The videos behind cards, as the board shows them: the latest generation's state and, once one is ready, where
 * to play it. Implemented by the generation feature; the board asks through this interface so it never depends
 * on that feature. {@link NoCardMedia} stands in where no generation feature is present.
 */
public interface CardMedia {

    /** The latest video state of each of {@code cardIds} that has one. */
    Map<Long, CardVideo> latestFor(Collection<Long> cardIds);
}
