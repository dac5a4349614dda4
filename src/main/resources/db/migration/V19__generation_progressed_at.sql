-- When a running generation last moved forward, so a reaper can resolve jobs that stopped responding.
alter table generation add column progressed_at timestamp with time zone;
create index ix_generation_open on generation (status, progressed_at);
