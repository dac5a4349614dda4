package dev.clapboard.review;

import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.review.domain.ReviewWinner;
import dev.clapboard.review.domain.ReviewWinnerRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers compare two or more finished videos side by side (with their review state, costs and A/B results)
 * and pick a winner among them. A video that is not in this workspace makes the whole comparison "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class ComparisonService {

    public static final int MAX_VIDEOS = 4;

    private final GenerationService generations;
    private final ReviewService reviews;
    private final VariantFigures figures;
    private final ReviewWinnerRepository winners;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComparisonService(GenerationService generations, ReviewService reviews, VariantFigures figures,
            ReviewWinnerRepository winners, CurrentUser currentUser, Clock clock) {
        this.generations = generations;
        this.reviews = reviews;
        this.figures = figures;
        this.winners = winners;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The videos {@code generationIds} (2 to {@link #MAX_VIDEOS}, finished, of this workspace) side by side. */
    public Comparison compare(List<Long> generationIds) {
        var ids = checked(generationIds);
        var videos = ids.stream().map(id -> generations.find(id)
                .filter(g -> g.status() == GenerationStatus.SUCCEEDED && g.videoMediaId() != null)
                .orElseThrow(() -> new ReviewRefusedException(ReviewRefusedException.VIDEO,
                        "Video " + id + " does not exist in this workspace or has no finished video.")))
                .map(g -> new Comparison.Compared(g, reviews.summary(g.id()), figures.of(g).orElse(null)))
                .toList();
        var winner = winners.findFirstByComparisonKeyOrderByIdDesc(key(ids)).map(w -> new Comparison.Winner(
                w.getWinnerGenerationId(), w.getPickedByName(), w.getPickedAt())).orElse(null);
        return new Comparison(videos, winner);
    }

    /** Records {@code winnerId} as the winner among {@code generationIds}; a later pick replaces it. */
    @Transactional
    public Comparison pickWinner(List<Long> generationIds, long winnerId) {
        var ids = checked(generationIds);
        if (!ids.contains(winnerId)) {
            throw new ReviewRefusedException(ReviewRefusedException.VIDEO, "The winner must be one of the compared "
                    + "videos.");
        }
        compare(ids);
        var me = currentUser.require();
        winners.save(new ReviewWinner(key(ids), winnerId, me.accountId(), me.displayName(), clock.instant()));
        return compare(ids);
    }

    /** Every pick for these videos, oldest first, as "name picked #id". */
    public List<String> picks(List<Long> generationIds) {
        return winners.findByComparisonKeyOrderByIdAsc(key(checked(generationIds))).stream()
                .map(w -> w.getPickedByName() + " picked #" + w.getWinnerGenerationId()).toList();
    }

    private static List<Long> checked(List<Long> generationIds) {
        var ids = generationIds.stream().distinct().toList();
        if (ids.size() < 2 || ids.size() > MAX_VIDEOS) {
            throw new ReviewRefusedException(ReviewRefusedException.VIDEO, "Compare 2 to " + MAX_VIDEOS
                    + " videos.");
        }
        return ids;
    }

    private static String key(List<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
