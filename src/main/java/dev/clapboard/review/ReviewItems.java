package dev.clapboard.review;

import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.review.domain.ReviewItem;
import dev.clapboard.review.domain.ReviewItemRepository;
import dev.clapboard.security.SystemActor;
import java.time.Clock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts every video that is ready into the review queue. Runs after the generation committed, as its
 * workspace (not {@code @ApplicationModuleListener}: the tenant must be known before the transaction opens).
 */
@Component
class ReviewItems {

    private final ReviewItemRepository items;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReviewItems(ReviewItemRepository items, TransactionTemplate transaction, Clock clock) {
        this.items = items;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(GenerationSucceeded succeeded) {
        SystemActor.runInWorkspace(succeeded.workspaceId(), () -> transaction.executeWithoutResult(status -> {
            if (!items.existsById(succeeded.generationId())) {
                items.save(new ReviewItem(succeeded.generationId(), succeeded.campaignId(), succeeded.cardId(),
                        clock.instant()));
            }
        }));
    }
}
