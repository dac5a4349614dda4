-- When the provider deletes a finished job's outputs, and a state for outputs we could not copy in time.
alter table generation add column outputs_expire_at timestamp with time zone;
alter table generation drop constraint ck_generation_status;
alter table generation add constraint ck_generation_status
    check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'FAILED_ARCHIVE'));
