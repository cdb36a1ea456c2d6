-- Searching a year of history (issue 15): a part of a phone number, of a name or of an order number is found through
-- trigram indexes (pg_trgm, a trusted extension: the database owner may create it) instead of reading every row; the
-- start of a name (one or two characters, too short for trigrams) through a pattern index. (customer_id, due_at)
-- from V33 serves everything the single-column customer index did.
create extension if not exists pg_trgm;
create index ix_customer_phone_trgm on customer using gin (phone gin_trgm_ops);
create index ix_customer_name_trgm on customer using gin (name gin_trgm_ops);
create index ix_customer_name_prefix on customer (name varchar_pattern_ops);
create index ix_cake_order_number_trgm on cake_order using gin (number gin_trgm_ops);
drop index ix_cake_order_customer;
