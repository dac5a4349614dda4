-- Spring Modulith's event publication registry: an event to another feature is stored with the
-- transaction that raised it and marked complete once its listener succeeded, so none is lost.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(10000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer       not null default 0,
    last_resubmission_date  timestamp with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);

create table event_publication_archive (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(10000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer       not null default 0,
    last_resubmission_date  timestamp with time zone
);

-- db-scheduler's queue: durable, shared by every node, picked with row locks.
create table scheduled_tasks (
    task_name             varchar(100)  not null,
    task_instance         varchar(100)  not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean       not null,
    picked_by             varchar(50),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp with time zone,
    version               bigint        not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index ix_scheduled_tasks_execution on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_heartbeat on scheduled_tasks (last_heartbeat);
create index ix_scheduled_tasks_priority on scheduled_tasks (priority, execution_time);
