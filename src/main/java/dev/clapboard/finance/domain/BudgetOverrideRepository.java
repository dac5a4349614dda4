package dev.clapboard.finance.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface BudgetOverrideRepository extends Repository<BudgetOverride, Long> {

    BudgetOverride save(BudgetOverride override);

    List<BudgetOverride> findByCampaignIdOrderByGrantedAtDesc(long campaignId);
}
