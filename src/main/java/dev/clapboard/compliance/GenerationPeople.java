package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.GenerationPerson;
import dev.clapboard.compliance.domain.GenerationPersonRepository;
import dev.clapboard.generation.GenerationRequested;
import dev.clapboard.generation.GenerationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes who each new generation shows, in the request's own transaction and workspace (the gate has just cleared
 * them), so a later revocation finds every video of the person even after the card changed.
 */
@Component
class GenerationPeople {

    private final ConsentGate gate;
    private final GenerationService generations;
    private final GenerationPersonRepository uses;

    GenerationPeople(ConsentGate gate, GenerationService generations, GenerationPersonRepository uses) {
        this.gate = gate;
        this.generations = generations;
        this.uses = uses;
    }

    @EventListener
    void on(GenerationRequested requested) {
        for (var cost : requested.costs()) {
            var prompt = generations.find(cost.generationId()).map(g -> g.promptText()).orElse("");
            for (var person : gate.shown(requested.cardId(), prompt)) {
                uses.save(new GenerationPerson(cost.generationId(), requested.campaignId(), requested.cardId(),
                        person.getId()));
            }
        }
    }
}
