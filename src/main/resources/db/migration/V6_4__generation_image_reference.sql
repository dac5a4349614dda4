-- A generation may start from an uploaded image (its first frame), kept in the media store.
alter table media_file drop constraint ck_media_file_kind;
alter table media_file add constraint ck_media_file_kind check (kind in ('VIDEO', 'THUMBNAIL', 'REFERENCE'));
alter table generation add column reference_media_id bigint references media_file (id);
