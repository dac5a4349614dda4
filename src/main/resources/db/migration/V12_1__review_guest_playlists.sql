-- A guest link may share a playlist of videos: the link's generation_id is the first, this table lists them all
-- in order. A link without rows here shares its one video.
alter table review_guest_link add column title varchar(200);
create table review_guest_link_video (
    link_id             bigint        not null references review_guest_link (id),
    position            integer       not null,
    generation_id       bigint        not null,
    primary key (link_id, position),
    constraint review_guest_link_video_once unique (link_id, generation_id)
);
