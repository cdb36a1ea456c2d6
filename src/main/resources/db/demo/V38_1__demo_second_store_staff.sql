-- Demo: the second store (SH02) becomes 徐汇店 with its own staff, so every screen is seen from two stores:
-- manager (王店长) manages the chain and sees both, manager2 runs 徐汇店 only, decorator1 works in both stores,
-- everyone else in one. Passwords are "demo" like the others' (the users are created by DemoUsers).
update store set name = '甜心蛋糕坊 徐汇店', address = '上海市徐汇区衡山路 8 号', phone = '021-64370002' where code = 'SH02';

insert into staff (username, display_name, role, store_id, active, shift_start, shift_end)
select u.username, u.display_name, u.role, s.id, true, u.shift_start, u.shift_end
from store s,
 (values ('manager2',   '吴店长', 'MANAGER',   time '08:00:00', time '21:00:00'),
         ('clerk2',     '郑店员', 'CLERK',     time '08:00:00', time '21:00:00'),
         ('baker3',     '钱师傅', 'BAKER',     time '06:00:00', time '15:00:00'),
         ('decorator2', '冯裱花', 'DECORATOR', time '08:00:00', time '20:00:00'),
         ('frontdesk2', '何前台', 'FRONTDESK', time '09:00:00', time '21:00:00'),
         ('driver2',    '林配送', 'DRIVER',    time '09:00:00', time '21:00:00'))
 as u(username, display_name, role, shift_start, shift_end)
where s.code = 'SH02';

insert into staff_skill (staff_id, skill)
select st.id, sk.skill from staff st,
 (values ('baker3', 'LARGE_SIZE'), ('decorator2', 'CALLIGRAPHY'), ('decorator2', 'FONDANT'), ('driver2', 'ZONE_XUHUI'))
 as sk(username, skill)
where st.username = sk.username;

insert into store_member (username, store_id) select st.username, st.store_id from staff st
where st.username in ('manager2', 'clerk2', 'baker3', 'decorator2', 'frontdesk2', 'driver2');
insert into store_member (username, store_id) select 'decorator1', id from store where code = 'SH02';
delete from store_member where username = 'manager';
insert into store_member (username, store_id) values ('manager', null);
