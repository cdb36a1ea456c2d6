-- Customers and family members who celebrate their birthday by the Chinese calendar (农历生日). The birthday stays the
-- day they were born; lunar_birth_month and lunar_birth_day are that day's lunar month and day (a leap month counts as
-- its number), written by the application, which has the Chinese calendar, so that the reminder job can ask whose
-- lunar birthday a day is.
alter table customer add column birthday_lunar boolean default false not null;
alter table customer add column lunar_birth_month integer;
alter table customer add column lunar_birth_day integer;
alter table customer_family_member add column birthday_lunar boolean default false not null;
alter table customer_family_member add column lunar_birth_month integer;
alter table customer_family_member add column lunar_birth_day integer;
create index ix_customer_lunar_birthday on customer (lunar_birth_month, lunar_birth_day);
create index ix_customer_family_member_lunar_birthday on customer_family_member (lunar_birth_month, lunar_birth_day);
