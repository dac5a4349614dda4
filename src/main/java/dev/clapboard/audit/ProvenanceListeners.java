package dev.clapboard.audit;

import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.review.ReviewDecided;
import dev.clapboard.security.SystemActor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps provenance records in step with stored outputs and approvals, after the publisher committed, as its workspace. */
@Component
class ProvenanceListeners {

    private final ProvenanceService provenance;

    ProvenanceListeners(ProvenanceService provenance) {
        this.provenance = provenance;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationSucceeded e) {
        SystemActor.runInWorkspace(e.workspaceId(), () -> provenance.recordStored(e.generationId()));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewDecided e) {
        SystemActor.runInWorkspace(e.workspaceId(), () -> provenance.recordDecision(e));
    }
}
