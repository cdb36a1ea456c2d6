-- Other names customers and clerks use for a flavor (朱古力, 起司, green tea), comma-separated; free-text entry reads them.
alter table flavor add column aliases varchar(500);
