package dev.clapboard.compliance;

import dev.clapboard.base.Money;
import dev.clapboard.generation.GenerationGuard;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every generation request passes moderation and then the consent gate, before the budget guard and before
 * anything is stored or spent. A manager's budget override does not override either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplianceGuard implements GenerationGuard {

    private final ModerationService moderation;
    private final ConsentGate gate;

    ComplianceGuard(ModerationService moderation, ConsentGate gate) {
        this.moderation = moderation;
        this.gate = gate;
    }

    @Override
    public void check(GenerationOrder order, Money euros, @Nullable String overrideReason) {
        moderation.screen(order);
        var refused = gate.clearance(order.campaignId(), order.cardId(), order.promptText()).stream()
                .filter(c -> !c.cleared()).map(PersonClearance::explanation).collect(Collectors.joining("; "));
        if (!refused.isEmpty()) {
            throw new GenerationRefusedException("No valid consent for everyone in this video: " + refused + ".");
        }
    }
}
