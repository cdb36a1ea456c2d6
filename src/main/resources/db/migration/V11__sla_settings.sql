-- A store's time limits for the order process's timers, changed by managers in the app (GET/PUT /api/settings/sla):
-- read when a timer starts, so new timers use them at once, without redeploying the diagram. A store without a row
-- uses the defaults of cakeflow.order.* (application.yml).
create table sla_setting (
    store_id                  bigint      not null primary key references store (id),
    deposit_reminder_minutes  integer     not null,
    deposit_cancel_minutes    integer     not null,
    no_show_minutes           integer     not null,
    overdue_bake_minutes      integer     not null,
    overdue_decorate_minutes  integer     not null,
    overdue_pack_minutes      integer     not null,
    overdue_deliver_minutes   integer     not null,
    updated_at                timestamp with time zone not null,
    updated_by                varchar(64) not null,
    constraint ck_sla_setting_positive check (deposit_reminder_minutes > 0 and deposit_cancel_minutes > 0 and no_show_minutes > 0
        and overdue_bake_minutes > 0 and overdue_decorate_minutes > 0 and overdue_pack_minutes > 0 and overdue_deliver_minutes > 0)
);
