-- H2 has no trigram indexes (PostgreSQL's V34 adds them for searching parts of phones, names and order numbers); the
-- start of a name is served by a plain index, as on PostgreSQL.
create index ix_customer_name_prefix on customer (name);
