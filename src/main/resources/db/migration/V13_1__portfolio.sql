-- Portfolio dashboard: best-converting styles come from A/B results grouped by the variant's style, which is
-- copied onto each result at import (finance does not read generation's tables at run time).
alter table ab_result add column style varchar(100);
update ab_result set style = (select g.style from generation g where g.id = ab_result.generation_id);
create index ix_ab_result_style on ab_result (workspace_id, campaign_id, style);

-- Campaigns running in a period.
create index ix_campaign_run on campaign (workspace_id, start_date, end_date);

-- Approved videos and first approvals per campaign.
create index ix_review_item_campaign on review_item (workspace_id, campaign_id, generation_id);
create index ix_review_decision_verdict on review_decision (generation_id, verdict, reviewer_role, decided_at);
