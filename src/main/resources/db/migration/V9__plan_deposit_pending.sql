-- A planned stage of an order whose deposit is not paid yet is marked: planned (the shop promised the cake), but
-- nobody may start it before the deposit is in.
alter table production_plan_task add column deposit_pending boolean default false not null;
