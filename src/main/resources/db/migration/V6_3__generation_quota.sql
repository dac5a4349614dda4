-- Each generation holds its share of the member's and workspace's monthly quota until it ends.
alter table generation add column quota_reservation_id bigint;
alter table generation add column estimate_eur numeric(19, 2) not null default 0;
