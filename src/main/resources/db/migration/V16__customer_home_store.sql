-- The store a customer last collected a cake from: where their birthday reminders come from (its name and phone).
alter table customer add column home_store_id bigint references store (id);
-- Birthday reminders look customers and family members up by month and day.
create index ix_customer_birthday on customer (birthday);
create index ix_customer_family_member_birthday on customer_family_member (birthday);
