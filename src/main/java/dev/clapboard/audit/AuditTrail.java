package dev.clapboard.audit;

import dev.clapboard.audit.domain.AuditEntry;
import dev.clapboard.audit.domain.AuditEntryRepository;
import dev.clapboard.audit.domain.ChainHead;
import dev.clapboard.audit.domain.ChainHeadRepository;
import dev.clapboard.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's audit trail for admins: filtered pages, newest first, and verification of the hash chain. The
 * trail is append-only; nothing here changes it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditTrail {

    private static final int VERIFY_SLICE = 500;

    private final AuditEntryRepository entries;
    private final ChainHeadRepository heads;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    AuditTrail(AuditEntryRepository entries, ChainHeadRepository heads, CurrentUser currentUser,
            EntityManager entityManager) {
        this.entries = entries;
        this.heads = heads;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    public Page<AuditEntryView> page(AuditFilter filter, Pageable pageable) {
        var newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt", "sequenceNo"));
        return entries.findAll(matching(filter), newestFirst).map(AuditTrail::view);
    }

    /** The entries where {@code accountId} is the actor, in chain order (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<AuditEntryView> byActor(long accountId, Pageable pageable) {
        return entries.findByActorAccountIdOrderBySequenceNoAsc(accountId, pageable).map(AuditTrail::view);
    }

    /** Everyone who appears in the trail, for the actor filter; the system is one of them. */
    public List<Actor> actors() {
        return entries.actors().stream()
                .map(row -> row[0] == null ? Actor.SYSTEM : Actor.member((Long) row[0], (String) row[1]))
                .distinct().toList();
    }

    /**
     * Walks the chain from the first entry: each entry must follow the one before it (number and previous hash)
     * and match its own hash; the last must be the one the chain head names. Entries appended while this runs are
     * not looked at.
     */
    public ChainCheck verify() {
        long workspaceId = currentUser.require().workspaceId();
        var head = heads.findById(workspaceId);
        long expected = head.map(ChainHead::getEntries).orElse(0L);
        var lastHash = head.map(ChainHead::getLastHash).orElse("");
        var previousHash = "";
        long previous = 0;
        while (true) {
            var slice = entries.chainAfter(previous, expected, PageRequest.of(0, VERIFY_SLICE));
            if (slice.isEmpty()) {
                break;
            }
            for (var entry : slice) {
                if (entry.getSequenceNo() != previous + 1 || !entry.getPreviousHash().equals(previousHash)) {
                    return broken(entry, previous == 0 ? "the entries before it are missing or were changed"
                            : "it does not follow entry #" + previous + ": an entry between them was removed, or the"
                                    + " one before it was changed");
                }
                if (!entry.computeHash().equals(entry.getEntryHash())) {
                    return broken(entry, "its content does not match its hash: the entry was changed");
                }
                previous = entry.getSequenceNo();
                previousHash = entry.getEntryHash();
            }
            entityManager.clear();
        }
        if (previous != expected || !previousHash.equals(lastHash)) {
            return new ChainCheck(false, previous, null, null, null, null, "Chain broken after entry #" + previous
                    + ": the chain had " + expected + " entries; the newest ones were removed or changed.");
        }
        return new ChainCheck(true, previous, null, null, null, null, "Chain intact (" + previous + " entries).");
    }

    private static ChainCheck broken(AuditEntry entry, String why) {
        var action = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(entry.getAction()))
                .findFirst().orElse(null);
        return new ChainCheck(false, entry.getSequenceNo() - 1, entry.getId(), entry.getSequenceNo(),
                entry.getOccurredAt(), action, "Chain broken at entry #" + entry.getSequenceNo() + " (id "
                        + entry.getId() + ", " + entry.getOccurredAt() + ", "
                        + (action == null ? entry.getAction() : action.label()) + "): " + why + ".");
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            if (filter.systemActor()) {
                where.add(cb.isNull(root.get("actorAccountId")));
            } else if (filter.actorAccountId() != null) {
                where.add(cb.equal(root.get("actorAccountId"), filter.actorAccountId()));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action().name()));
            }
            if (filter.campaignId() != null) {
                where.add(cb.equal(root.get("campaignId"), filter.campaignId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getSequenceNo(), e.getOccurredAt(), e.getActorAccountId(),
                e.getActorName(), AuditAction.valueOf(e.getAction()), e.getSubjectType(), e.getSubjectId(),
                e.getCampaignId(), e.getDetails(), e.getPreviousHash(), e.getEntryHash());
    }
}
