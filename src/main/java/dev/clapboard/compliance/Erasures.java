package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.ConsentFlag;
import dev.clapboard.compliance.domain.ConsentFlagRepository;
import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.compliance.domain.GenerationPersonRepository;
import dev.clapboard.compliance.domain.Person;
import dev.clapboard.security.ClapboardUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erasing a person from the register (GDPR Art. 17), and the retention rule for what is kept. The person's
 * reference media is deleted and their name replaced by a pseudonym at once. Their consent records are the
 * evidence that earlier videos were lawful (Art. 17(3)(e), KUG): they are revoked and kept, and pseudonymised by
 * {@link ConsentRetention} once {@code clapboard.compliance.consent-retention} (3 years by default) has passed
 * since the erasure. Every video that shows the person is flagged as for a revocation, so approval, guest links and
 * streaming to guests stop.
 *
 * @see <a href="../../../../../docs/decisions/0010-compliance.md">0010 Compliance (GDPR)</a>
 */
@Component
class Erasures {

    private final ConsentRepository consents;
    private final GenerationPersonRepository uses;
    private final ConsentFlagRepository flags;
    private final Revocations revocations;
    private final ComplianceFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period retention;

    Erasures(ConsentRepository consents, GenerationPersonRepository uses, ConsentFlagRepository flags,
            Revocations revocations, ComplianceFiles files, ApplicationEventPublisher events, Clock clock,
            @Value("${clapboard.compliance.consent-retention:P3Y}") Period retention) {
        this.consents = consents;
        this.uses = uses;
        this.flags = flags;
        this.revocations = revocations;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    static String pseudonym(long personId) {
        return "Erased person #" + personId;
    }

    /** Erasures up to this moment are due for pseudonymising their consent records. */
    Instant erasedBefore(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(retention).toInstant();
    }

    /** Runs inside the caller's transaction and workspace. */
    Erasure erase(Person person, ClapboardUser by) {
        if (person.getErasedAt() != null) {
            throw new ComplianceRefusedException(ComplianceRefusedException.RECORD, person.getName()
                    + " was already erased from the register on " + day(person.getErasedAt())
                    + ". Nothing more to erase.");
        }
        var now = clock.instant();
        var formerName = person.getName();
        var pseudonym = pseudonym(person.getId());
        var referenceKey = person.getReferenceKey();
        person.erase(pseudonym, now);
        if (referenceKey != null) {
            afterCommit(() -> files.delete(referenceKey));
        }
        var flagged = new TreeSet<Long>();
        var all = consents.findByPersonIdOrderByCreatedAtDescIdDesc(person.getId());
        var revoked = 0;
        for (var consent : all) {
            if (consent.getStatus() != ConsentStatus.REVOKED) {
                flagged.addAll(revocations.revoke(by.workspaceId(), person, consent,
                        by.displayName() + " (erasure)", null).affectedGenerationIds());
                revoked++;
            }
        }
        var reason = "Person erased: " + pseudonym + " was erased from the people register (" + by.displayName()
                + ", " + day(now) + ")";
        for (var use : uses.findByPersonId(person.getId())) {
            flagged.add(use.getGenerationId());
            if (!flags.existsByGenerationIdAndPersonId(use.getGenerationId(), person.getId())) {
                flags.save(new ConsentFlag(use.getGenerationId(), use.getCampaignId(), person.getId(), null, reason,
                        now));
            }
        }
        flags.findByPersonId(person.getId()).forEach(flag -> flag.rename(formerName, pseudonym));
        events.publishEvent(new PersonErased(by.workspaceId(), person.getId(), by.accountId(), by.displayName(),
                revoked, flagged.size(), now));
        return new Erasure(person.getId(), pseudonym, referenceKey != null, revoked, flagged.size(), all.size(),
                day(now.atZone(ZoneOffset.UTC).plus(retention).toInstant()));
    }

    /** Deletes files only once the database agrees: a rolled-back erasure keeps the person's media. */
    static void afterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
