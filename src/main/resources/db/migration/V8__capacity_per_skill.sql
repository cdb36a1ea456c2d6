-- Capacity per skill: minutes that need a skill (a Chinese inscription needs a calligrapher, a 10-inch cake somebody used
-- to large sizes, a fondant topper somebody who works fondant) must fit the people who have it as well as the station.
-- A booking names the skills its minutes need (sorted, comma-separated); the per-slot totals of each kind of skilled
-- work (the same set of skills) are kept beside the station totals. Bookings made before this version need no skill.
alter table capacity_booking add column skills varchar(200);

create table capacity_skill_slot (
    store_id    bigint       not null references store (id),
    station     varchar(16)  not null,
    skills      varchar(200) not null,
    slot_start  timestamp with time zone not null,
    booked      integer      not null,
    primary key (store_id, station, skills, slot_start),
    constraint ck_capacity_skill_slot_booked check (booked >= 0)
);
