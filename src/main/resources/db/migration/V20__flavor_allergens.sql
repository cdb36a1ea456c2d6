-- The allergens a flavor's cake contains (comma-separated, as printed on the cake label: 乳,蛋,麸质,坚果 ...).
alter table flavor add column allergens varchar(200);
