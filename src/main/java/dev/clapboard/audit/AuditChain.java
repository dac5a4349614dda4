package dev.clapboard.audit;

import dev.clapboard.audit.domain.AuditEntry;
import dev.clapboard.audit.domain.AuditEntryRepository;
import dev.clapboard.audit.domain.ChainHeadRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the current workspace's chain. The chain head row is locked for the append, so concurrent
 * appends of one workspace queue up and each links to the entry before it; other workspaces are not held up.
 * Only this module appends: features publish events, {@link AuditListeners} turns them into entries.
 */
@Component
class AuditChain {

    /** What happened, before it gets its place in the chain. {@code details} become the entry's JSON. */
    record Event(Actor actor, AuditAction action, String subjectType, @Nullable Object subjectId,
            @Nullable Long campaignId, Map<String, ?> details) {
    }

    private final AuditEntryRepository entries;
    private final ChainHeadRepository heads;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    AuditChain(AuditEntryRepository entries, ChainHeadRepository heads, CurrentUser currentUser, JsonMapper json,
            Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    AuditEntry append(Event event) {
        long workspaceId = currentUser.require().workspaceId();
        heads.startIfMissing(workspaceId);
        var head = heads.lock(workspaceId).orElseThrow();
        // databases keep microseconds: the hash must be computed over what reads back
        var entry = entries.save(new AuditEntry(workspaceId, head.getEntries() + 1,
                clock.instant().truncatedTo(ChronoUnit.MICROS), event.actor().accountId(), event.actor().name(),
                event.action().name(), event.subjectType(),
                event.subjectId() == null ? null : event.subjectId().toString(), event.campaignId(),
                json.writeValueAsString(event.details()), head.getLastHash()));
        head.advance(entry);
        return entry;
    }
}
