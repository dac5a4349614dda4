package dev.clapboard.finance.domain;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AbControlRepository extends Repository<AbControl, Long> {

    AbControl save(AbControl control);

    Optional<AbControl> findByCampaignId(long campaignId);
}
