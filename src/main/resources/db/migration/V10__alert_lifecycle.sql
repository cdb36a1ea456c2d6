-- Alerts get a lifecycle: OPEN -> ACKNOWLEDGED (somebody is on it) -> RESOLVED, each step with who, when and a comment,
-- and belong to a store. One unresolved alert per cause is enforced by the database: open_cause holds the cause while
-- the alert is not resolved (NULL afterwards; NULLs do not collide in a unique index, on PostgreSQL and H2 alike), so
-- two timers or checks firing at once cannot raise the same alert twice.
alter table alert add column store_id bigint;
alter table alert add column acknowledged_at timestamp with time zone;
alter table alert add column acknowledged_by varchar(64);
alter table alert add column acknowledge_comment varchar(500);
alter table alert add column resolve_comment varchar(500);
alter table alert add column open_cause varchar(140);
alter table alert add column process_instance_id varchar(64);

update alert set store_id = (select o.store_id from cake_order o where o.id = alert.order_id) where order_id is not null;
-- stock alerts were keyed by item only; from now on per store: the open ones are closed and the next check raises them again
update alert set status = 'RESOLVED', resolved_at = current_timestamp, resolved_by = 'system',
    resolve_comment = 'keyed per store from V10 on' where status = 'OPEN' and order_id is null;
update alert set open_cause = cause_key where status = 'OPEN'
    and id = (select max(a.id) from alert a where a.cause_key = alert.cause_key and a.status = 'OPEN');
update alert set status = 'RESOLVED', resolved_at = current_timestamp, resolved_by = 'system',
    resolve_comment = 'duplicate of a newer alert of the same cause' where status = 'OPEN' and open_cause is null;

create unique index ux_alert_open_cause on alert (open_cause);
create index ix_alert_store_status on alert (store_id, status, raised_at);
create index ix_alert_order_number on alert (order_number);
