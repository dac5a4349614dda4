package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.ConsentFlag;
import dev.clapboard.compliance.domain.ConsentFlagRepository;
import dev.clapboard.generation.VideoFlags;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the generations grid which videos are flagged "consent revoked", with the flags' reasons. */
@Primary
@Component
@Transactional(readOnly = true)
class ConsentVideoFlags implements VideoFlags {

    private final ConsentFlagRepository flags;

    ConsentVideoFlags(ConsentFlagRepository flags) {
        this.flags = flags;
    }

    @Override
    public Map<Long, String> flagged(Collection<Long> generationIds) {
        if (generationIds.isEmpty()) {
            return Map.of();
        }
        return flags.findByGenerationIdIn(generationIds).stream().collect(Collectors.toMap(
                ConsentFlag::getGenerationId, ConsentFlag::getReason, (a, b) -> a + "; " + b));
    }
}
