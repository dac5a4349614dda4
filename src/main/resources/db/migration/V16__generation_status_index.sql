-- The queue-depth gauge (and the provider slot check) count generations by status over all workspaces; most rows
-- end SUCCEEDED, so the index finds the few QUEUED/RUNNING ones without reading the table.
create index ix_generation_status on generation (status, provider_id);
