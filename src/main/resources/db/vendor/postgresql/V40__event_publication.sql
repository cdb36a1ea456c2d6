-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 1.4, its schema-postgresql.sql): an event
-- for a module listener is written here in the publishing transaction and deleted once the listener has run
-- (spring.modulith.events.completion-mode=delete), so what a crash interrupted is still here to send again.
create table if not exists event_publication (
    id                uuid not null,
    listener_id       text not null,
    event_type        text not null,
    serialized_event  text not null,
    publication_date  timestamp with time zone not null,
    completion_date   timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
