-- Matching scores a driver by delivery zone and route (open deliveries to the same district due close together), so
-- an assignment remembers the zone it goes to and when its stage must be done.
alter table staff_assignment add column zone varchar(40);
alter table staff_assignment add column due_at timestamp with time zone;
