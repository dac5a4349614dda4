package dev.clapboard.prompt.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromptRepository extends JpaRepository<Prompt, Long> {

    Optional<Prompt> findByCampaignIdAndCardId(long campaignId, long cardId);
}
