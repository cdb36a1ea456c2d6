-- Demo data (demo profile only): one Shanghai store, a realistic catalog, its staff.
insert into store (code, name, zone_id, currency, address, phone)
values ('SH01', '甜心蛋糕坊 静安店', 'Asia/Shanghai', 'CNY', '上海市静安区南京西路1266号', '021-62880000');

insert into cake_size (size_inches, base_price_fen, extra_lead_minutes, max_inscription_chars, bake_minutes, decorate_minutes, pack_minutes, servings) values
 (6,  12800,   0, 12, 40, 25, 10, '2-4'),
 (8,  19800,  30, 16, 50, 35, 10, '5-8'),
 (10, 28800,  60, 20, 60, 45, 15, '8-12'),
 (12, 38800, 120, 24, 75, 60, 15, '12-16');

insert into flavor (code, name_zh, name_en, surcharge_fen, lead_minutes, active, sort_order) values
 ('CHOCOLATE',    '巧克力',   'Chocolate',     0,    240, true,  1),
 ('STRAWBERRY',   '草莓',     'Strawberry',    2000, 240, true,  2),
 ('MANGO',        '芒果',     'Mango',         2000, 240, true,  3),
 ('MATCHA',       '抹茶',     'Matcha',        1500, 300, true,  4),
 ('VANILLA',      '香草',     'Vanilla',       0,    180, true,  5),
 ('TIRAMISU',     '提拉米苏', 'Tiramisu',      3000, 480, true,  6),
 ('BLACK_FOREST', '黑森林',   'Black Forest',  2500, 360, true,  7),
 ('RED_VELVET',   '红丝绒',   'Red Velvet',    2500, 300, true,  8),
 ('DURIAN',       '榴莲',     'Durian',        6000, 1440, true, 9),
 ('TARO',         '芋泥',     'Taro',          2000, 300, true, 10),
 ('CHEESE',       '芝士',     'Cheese',        2500, 720, true, 11),
 ('FRUIT',        '水果',     'Fresh Fruit',   3000, 180, true, 12);

insert into add_on (code, name_zh, name_en, price_fen, extra_minutes, active) values
 ('CANDLES',       '生日蜡烛',   'Birthday candles', 500,   0, true),
 ('NUMBER_CANDLE', '数字蜡烛',   'Number candle',    1000,  0, true),
 ('EXTRA_LAYER',   '加层',       'Extra layer',      8000, 30, true),
 ('PHOTO_PRINT',   '照片打印',   'Photo print',      3000, 15, true),
 ('FONDANT_TOPPER','翻糖摆件',   'Fondant topper',   5000, 40, true),
 ('GIFT_BOX',      '礼盒包装',   'Gift box',         1500,  5, true),
 ('CROWN',         '生日皇冠',   'Birthday crown',   800,   0, true);

insert into staff (username, display_name, role, store_id, active, shift_start, shift_end)
select u.username, u.display_name, u.role, s.id, true, u.shift_start, u.shift_end
from store s,
 (values ('manager',    '王店长', 'MANAGER',   time '08:00:00', time '21:00:00'),
         ('clerk',      '李店员', 'CLERK',     time '08:00:00', time '21:00:00'),
         ('baker1',     '陈师傅', 'BAKER',     time '06:00:00', time '15:00:00'),
         ('baker2',     '赵师傅', 'BAKER',     time '11:00:00', time '20:00:00'),
         ('decorator1', '刘裱花', 'DECORATOR', time '08:00:00', time '20:00:00'),
         ('frontdesk1', '周前台', 'FRONTDESK', time '09:00:00', time '21:00:00'),
         ('driver1',    '孙配送', 'DRIVER',    time '09:00:00', time '21:00:00'))
 as u(username, display_name, role, shift_start, shift_end)
where s.code = 'SH01';

insert into staff_skill (staff_id, skill)
select st.id, sk.skill from staff st,
 (values ('baker1', 'LARGE_SIZE'), ('baker1', 'FONDANT'), ('baker2', 'FONDANT'),
         ('decorator1', 'CALLIGRAPHY'), ('decorator1', 'FONDANT'), ('decorator1', 'LARGE_SIZE'),
         ('driver1', 'ZONE_JINGAN'), ('driver1', 'ZONE_HUANGPU')) as sk(username, skill)
where st.username = sk.username;
