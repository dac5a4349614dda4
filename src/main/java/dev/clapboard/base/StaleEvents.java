package dev.clapboard.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events between features that stayed undelivered for longer than {@code
 * clapboard.events.redeliver-after}: the publications of a node that died before its listener finished (the
 * registry only republishes those when that same node restarts), and of a listener that failed. Runs on a
 * schedule ({@link StaleEventsTask}), whichever node picks it.
 *
 * <p>Safe with several nodes: each publication is claimed with one conditional update ({@code status !=
 * RESUBMITTED}) before its listener runs, so two nodes never deliver the same claim twice; the threshold is far
 * longer than a listener takes, so a live node's delivery in progress is not taken away from it. A publication
 * is retried at most {@link #MAX_ATTEMPTS} times, one threshold apart, so a listener that always fails does not
 * run every minute for ever.
 *
 * @see <a href="../../../../../docs/decisions/0014-scale-out.md">0014 Scale-out</a>
 */
@Component
class StaleEvents {

    static final int MAX_ATTEMPTS = 10;

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private final Duration after;

    StaleEvents(IncompleteEventPublications publications, Clock clock,
            @Value("${clapboard.events.redeliver-after:PT10M}") Duration after) {
        this.publications = publications;
        this.clock = clock;
        this.after = after;
    }

    /** Resubmits every publication incomplete for longer than the threshold (and not retried within it). */
    void redeliver() {
        var cutoff = clock.instant().minus(after);
        // Not the ResubmissionOptions variant: in Spring Modulith 2.1.1 it only takes FAILED publications and the
        // JPA registry ignores its minimum age; a dead node's publications are PUBLISHED or PROCESSING.
        publications.resubmitIncompletePublications(publication -> due(publication, cutoff));
    }

    private static boolean due(EventPublication publication, Instant cutoff) {
        var lastTry = publication.getLastResubmissionDate();
        return publication.getPublicationDate().isBefore(cutoff)
                && (lastTry == null || lastTry.isBefore(cutoff))
                && publication.getCompletionAttempts() < MAX_ATTEMPTS;
    }
}
