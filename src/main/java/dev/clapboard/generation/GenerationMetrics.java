package dev.clapboard.generation;

import dev.clapboard.generation.provider.ProviderException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the generation engine: how many generations wait or run (over all workspaces, read
 * at scrape time), how long one job step takes, and provider errors by provider and code.
 */
@Component
class GenerationMetrics {

    static final String QUEUE_DEPTH = "clapboard.generations.queue.depth";
    static final String STEP = "clapboard.generation.step";
    static final String PROVIDER_ERRORS = "clapboard.provider.errors";

    private final MeterRegistry registry;
    private final Timer step;

    GenerationMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.step = Timer.builder(STEP).description("One run of a generation job (submit, poll or store)")
                .register(registry);
        for (var status : new GenerationStatus[] {GenerationStatus.QUEUED, GenerationStatus.RUNNING}) {
            // schema-wide count: operators see the whole queue, not one tenant's share
            Gauge.builder(QUEUE_DEPTH, () -> jdbc.sql("select count(*) from generation where status = ?")
                            .param(status.name()).query(Long.class).single())
                    .description("Generations waiting for or being worked on by a provider")
                    .tag("status", status.name()).register(registry);
        }
    }

    <T> T timeStep(Supplier<T> work) {
        return step.record(work);
    }

    void providerError(String providerId, ProviderException e) {
        registry.counter(PROVIDER_ERRORS, "provider", providerId, "code", e.code(),
                "retryable", String.valueOf(e.retryable())).increment();
    }
}
