-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 1.4, its schema-h2.sql): an event for a
-- module listener is written here in the publishing transaction and deleted once the listener has run
-- (spring.modulith.events.completion-mode=delete), so what a crash interrupted is still here to send again.
create table if not exists event_publication (
    id                uuid not null,
    completion_date   timestamp(9) with time zone,
    event_type        varchar(512) not null,
    listener_id       varchar(512) not null,
    publication_date  timestamp(9) with time zone not null,
    serialized_event  varchar(4000) not null,
    primary key (id)
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
