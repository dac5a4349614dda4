package dev.clapboard.generation;

import dev.clapboard.base.Money;
import org.jspecify.annotations.Nullable;

/**
 * A check another feature adds to every generation request without generation depending on it (the cost
 * ledger's budget cap is one). {@link GenerationService} calls every guard bean after its own checks and
 * before anything is stored, reserved or queued, inside the request's transaction.
 */
public interface GenerationGuard {

    /**
     * Refuses {@code order} by throwing {@link GenerationRefusedException} with a message that names the
     * numbers, or returns to let it through.
     *
     * @param euros the whole request's estimate in the workspace's euros
     * @param overrideReason why a manager overrides the guards for this one request; null for a normal request
     */
    void check(GenerationOrder order, Money euros, @Nullable String overrideReason);
}
