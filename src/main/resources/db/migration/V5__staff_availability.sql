-- A person can be marked unavailable for a while (off sick, gone home early): they are not matched, their shift does
-- not count as kitchen capacity, and their open tasks are matched to somebody else.
alter table staff add column available boolean default true not null;
alter table staff add column unavailable_reason varchar(200);
