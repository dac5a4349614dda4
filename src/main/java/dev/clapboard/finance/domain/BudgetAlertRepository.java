package dev.clapboard.finance.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface BudgetAlertRepository extends Repository<BudgetAlert, Long> {

    BudgetAlert saveAndFlush(BudgetAlert alert);

    List<BudgetAlert> findByCampaignIdOrderByThreshold(long campaignId);
}
