-- Order numbers come from a sequence (taken without a lock in the intake's own transaction) instead of a counter row
-- per day that every intake had to update in a transaction of its own. It goes on from the highest number handed out.
create sequence order_number_seq minvalue 1 maxvalue 999999 cycle;
select setval('order_number_seq', coalesce((select max(last_value) from order_day_counter where store_id = 0), 0) + 1, false);
drop table order_day_counter;
