-- Remix lineage (a new version made from an earlier output) and the output's frame rate as the file says.
alter table generation add column remixed_from bigint references generation (id);
alter table generation add column frames_per_second integer;
-- The version stack walks retries and remixes from a generation to its descendants.
create index ix_generation_retry_of on generation (retry_of_id);
create index ix_generation_remixed_from on generation (remixed_from);
