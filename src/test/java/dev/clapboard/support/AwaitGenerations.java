package dev.clapboard.support;

import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Waits (bounded) until generations the job queue works on have ended, as the signed-in member sees them. */
@Component
public class AwaitGenerations {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final GenerationService generations;

    AwaitGenerations(GenerationService generations) {
        this.generations = generations;
    }

    public GenerationSummary ended(long id) throws InterruptedException {
        return allEnded(List.of(id)).getFirst();
    }

    public List<GenerationSummary> allEnded(List<Long> ids) throws InterruptedException {
        var deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            var current = ids.stream().map(id -> generations.find(id).orElseThrow()).toList();
            if (current.stream().allMatch(g -> g.status().isFinal())) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Generations did not end within " + LIMIT + ": " + ids);
    }
}
