package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.security.SystemActor;
import java.time.Clock;
import java.util.Objects;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job that pseudonymises the consent records of erased people once the retention period has passed
 * (see {@link Erasures}). Each record is changed in its own transaction, as the workspace it belongs to; running
 * on several nodes at once is harmless (a pseudonymised record is skipped).
 */
@Component
class ConsentRetention {

    private final ConsentRepository consents;
    private final ComplianceFiles files;
    private final Erasures erasures;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentRetention(ConsentRepository consents, ComplianceFiles files, Erasures erasures,
            TransactionTemplate transaction, Clock clock) {
        this.consents = consents;
        this.files = files;
        this.erasures = erasures;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${clapboard.compliance.retention-cron:0 15 3 * * *}", zone = "UTC")
    void daily() {
        pseudonymiseDue();
    }

    /** Pseudonymises every consent record that is due; returns how many. */
    int pseudonymiseDue() {
        var done = 0;
        for (var row : consents.duePseudonymisation(erasures.erasedBefore(clock.instant()))) {
            long workspaceId = ((Number) row[0]).longValue();
            long consentId = ((Number) row[1]).longValue();
            if (SystemActor.callInWorkspace(workspaceId,
                    () -> Objects.requireNonNull(transaction.execute(status -> pseudonymise(consentId))))) {
                done++;
            }
        }
        return done;
    }

    private boolean pseudonymise(long consentId) {
        var consent = consents.findById(consentId).orElse(null);
        if (consent == null || consent.getPseudonymisedAt() != null) {
            return false;
        }
        var declaration = consent.getDeclarationKey();
        consent.pseudonymise(Erasures.pseudonym(consent.getPersonId()), clock.instant());
        if (declaration != null) {
            Erasures.afterCommit(() -> files.delete(declaration));
        }
        return true;
    }
}
