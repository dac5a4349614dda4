package dev.clapboard.generation;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.security.SystemActor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the board in step with generations: a card moves to "Generating" when videos are asked for and to
 * "In review" when one is ready. Runs after the generation's transaction committed, on its own thread, as
 * the workspace. Deliberately not {@code @ApplicationModuleListener}: that opens a transaction before the
 * tenant is known, and Hibernate fixes a session's tenant when it opens (see decision 0003).
 */
@Component
class CardProgress {

    private static final Logger log = LoggerFactory.getLogger(CardProgress.class);

    private final BoardService boards;

    CardProgress(BoardService boards) {
        this.boards = boards;
    }

    @Async
    @TransactionalEventListener
    void on(GenerationRequested requested) {
        move(requested.workspaceId(), requested.cardId(), LaneStage.GENERATING);
    }

    @Async
    @TransactionalEventListener
    void on(GenerationSucceeded succeeded) {
        move(succeeded.workspaceId(), succeeded.cardId(), LaneStage.IN_REVIEW);
    }

    private void move(long workspaceId, @Nullable Long cardId, LaneStage stage) {
        if (cardId == null) {
            return;
        }
        SystemActor.runInWorkspace(workspaceId, () -> {
            if (boards.card(cardId).isPresent()) {
                boards.moveToStage(cardId, stage);
            } else {
                log.info("Card {} is gone; not moving it to {}", cardId, stage);
            }
        });
    }
}
