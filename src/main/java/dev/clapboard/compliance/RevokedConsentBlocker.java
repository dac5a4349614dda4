package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.ConsentFlag;
import dev.clapboard.compliance.domain.ConsentFlagRepository;
import dev.clapboard.review.ApprovalBlocker;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A video flagged "consent revoked" is neither approved nor shared through a guest link. */
@Component
@Transactional(readOnly = true)
class RevokedConsentBlocker implements ApprovalBlocker {

    private final ConsentFlagRepository flags;

    RevokedConsentBlocker(ConsentFlagRepository flags) {
        this.flags = flags;
    }

    @Override
    public Optional<String> reasonNotToApprove(long generationId) {
        List<ConsentFlag> found = flags.findByGenerationIdOrderByFlaggedAtAsc(generationId);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", found.stream().map(ConsentFlag::getReason).toList()));
    }
}
