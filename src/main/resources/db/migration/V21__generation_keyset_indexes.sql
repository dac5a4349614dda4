-- Keyset pages of a campaign's generations, newest first with the id breaking ties: the grid seeks from the
-- last row it showed ("(requested_at, id) < (?, ?)") instead of stepping over every row before the page, and
-- an offset jump reads ids only from the index. The status variant serves the grid's status filter; it
-- replaces ix_generation_campaign_status, whose leading columns it repeats.
create index ix_generation_campaign_newest on generation (workspace_id, campaign_id, requested_at desc, id desc);
create index ix_generation_campaign_status_newest
    on generation (workspace_id, campaign_id, status, requested_at desc, id desc);
drop index ix_generation_campaign_status;
