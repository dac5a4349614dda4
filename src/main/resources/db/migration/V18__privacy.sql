-- GDPR (issue 12): erasing a person from the people register, and consent evidence pseudonymised once the
-- retention period after the erasure has passed.
alter table compliance_person add column erased_at timestamp with time zone;
alter table compliance_consent add column pseudonymised_at timestamp with time zone;
create index compliance_person_erased on compliance_person (erased_at);

-- A video flagged because the person in it was erased has no consent behind the flag.
alter table compliance_flag alter column consent_id drop not null;
create index compliance_flag_person on compliance_flag (workspace_id, person_id);

-- A member's data export reads these by the member's account, a page at a time.
create index ix_review_comment_author on review_comment (workspace_id, author_account_id, id);
create index ix_prompt_version_author on prompt_version (workspace_id, author_account_id, id);
create index ix_generation_requested_by on generation (workspace_id, requested_by, id);
create index ix_api_token_created_by on api_token (workspace_id, created_by, id);
