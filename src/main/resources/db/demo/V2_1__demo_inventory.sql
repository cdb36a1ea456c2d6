-- Demo inventory (demo profile only): a bakery's ingredients, sponge bases, boxes; recipes for every flavor x size;
-- stock that runs short on some flavors (durian, mango, matcha) so shortages can be seen.
insert into inventory_item (code, name_zh, name_en, kind, unit, reorder_point, lead_time_days, supplier, allergens, cost_fen_per_1000) values
 ('FLOUR', '低筋面粉', 'Cake flour', 'INGREDIENT', 'g', 5000, 2, '金像面粉', 'gluten', 800),
 ('SUGAR', '细砂糖', 'Caster sugar', 'INGREDIENT', 'g', 4000, 2, '太古糖业', null, 900),
 ('EGG', '鸡蛋', 'Eggs', 'INGREDIENT', 'pcs', 60, 1, '本地蛋场', 'egg', 120000),
 ('BUTTER', '黄油', 'Butter', 'INGREDIENT', 'g', 1000, 3, '安佳', 'milk', 9000),
 ('MILK', '牛奶', 'Milk', 'INGREDIENT', 'ml', 2000, 1, '光明乳业', 'milk', 1200),
 ('CREAM', '淡奶油', 'Whipping cream', 'INGREDIENT', 'ml', 4000, 2, '铁塔', 'milk', 5500),
 ('DARK_CHOCOLATE', '黑巧克力', 'Dark chocolate', 'INGREDIENT', 'g', 800, 5, '嘉利宝', 'milk;soy', 16000),
 ('COCOA', '可可粉', 'Cocoa powder', 'INGREDIENT', 'g', 300, 5, '法芙娜', null, 12000),
 ('STRAWBERRY', '草莓', 'Strawberries', 'INGREDIENT', 'g', 1000, 1, '崇明果园', null, 6000),
 ('MANGO_PUREE', '芒果果泥', 'Mango puree', 'INGREDIENT', 'g', 600, 3, '宝茸', null, 7000),
 ('MATCHA_POWDER', '抹茶粉', 'Matcha powder', 'INGREDIENT', 'g', 100, 7, '宇治丸久', null, 60000),
 ('VANILLA_EXTRACT', '香草精', 'Vanilla extract', 'INGREDIENT', 'ml', 50, 7, '马达加斯加进口', null, 40000),
 ('CREAM_CHEESE', '奶油奶酪', 'Cream cheese', 'INGREDIENT', 'g', 1000, 3, '卡夫', 'milk', 11000),
 ('COFFEE', '意式咖啡', 'Espresso', 'INGREDIENT', 'g', 200, 3, '本店', null, 15000),
 ('CHERRY', '酒渍樱桃', 'Kirsch cherries', 'INGREDIENT', 'g', 400, 5, '黑森林进口', null, 14000),
 ('RED_COLORING', '红色色素', 'Red colouring', 'INGREDIENT', 'ml', 30, 7, '惠尔通', null, 30000),
 ('DURIAN_PULP', '榴莲果肉', 'Durian pulp', 'INGREDIENT', 'g', 600, 4, '猫山王冷链', null, 20000),
 ('TARO_PASTE', '芋泥', 'Taro paste', 'INGREDIENT', 'g', 600, 2, '本店', null, 5000),
 ('MIXED_FRUIT', '混合鲜果', 'Mixed fruit', 'INGREDIENT', 'g', 1000, 1, '崇明果园', null, 5000),
 ('SPONGE_6', '6寸蛋糕胚', '6-inch sponge base', 'SEMI_FINISHED', 'pcs', 2, 0, '本店', 'gluten;egg;milk', 0),
 ('SPONGE_8', '8寸蛋糕胚', '8-inch sponge base', 'SEMI_FINISHED', 'pcs', 3, 0, '本店', 'gluten;egg;milk', 0),
 ('SPONGE_10', '10寸蛋糕胚', '10-inch sponge base', 'SEMI_FINISHED', 'pcs', 2, 0, '本店', 'gluten;egg;milk', 0),
 ('SPONGE_12', '12寸蛋糕胚', '12-inch sponge base', 'SEMI_FINISHED', 'pcs', 1, 0, '本店', 'gluten;egg;milk', 0),
 ('BOX_6', '6寸蛋糕盒', '6-inch cake box', 'PACKAGING', 'pcs', 20, 5, '彩印包装', null, 400000),
 ('BOX_8', '8寸蛋糕盒', '8-inch cake box', 'PACKAGING', 'pcs', 30, 5, '彩印包装', null, 500000),
 ('BOX_10', '10寸蛋糕盒', '10-inch cake box', 'PACKAGING', 'pcs', 15, 5, '彩印包装', null, 650000),
 ('BOX_12', '12寸蛋糕盒', '12-inch cake box', 'PACKAGING', 'pcs', 10, 5, '彩印包装', null, 800000),
 ('CANDLE', '生日蜡烛', 'Birthday candles', 'PACKAGING', 'pcs', 100, 5, '彩印包装', null, 200000),
 ('DISPLAY_CAKE_6', '6寸展示蛋糕', '6-inch display cake', 'FINISHED', 'pcs', 0, 0, '本店', 'gluten;egg;milk', 0);

insert into recipe_line (product_code, size_inches, item_code, quantity) values
 ('SPONGE_6', 0, 'FLOUR', 67),
 ('SPONGE_6', 0, 'EGG', 2),
 ('SPONGE_6', 0, 'SUGAR', 56),
 ('SPONGE_6', 0, 'BUTTER', 17),
 ('SPONGE_6', 0, 'MILK', 28),
 ('SPONGE_8', 0, 'FLOUR', 120),
 ('SPONGE_8', 0, 'EGG', 4),
 ('SPONGE_8', 0, 'SUGAR', 100),
 ('SPONGE_8', 0, 'BUTTER', 30),
 ('SPONGE_8', 0, 'MILK', 50),
 ('SPONGE_10', 0, 'FLOUR', 187),
 ('SPONGE_10', 0, 'EGG', 6),
 ('SPONGE_10', 0, 'SUGAR', 156),
 ('SPONGE_10', 0, 'BUTTER', 47),
 ('SPONGE_10', 0, 'MILK', 78),
 ('SPONGE_12', 0, 'FLOUR', 270),
 ('SPONGE_12', 0, 'EGG', 9),
 ('SPONGE_12', 0, 'SUGAR', 225),
 ('SPONGE_12', 0, 'BUTTER', 68),
 ('SPONGE_12', 0, 'MILK', 112),
 ('CHOCOLATE', 6, 'SPONGE_6', 1),
 ('CHOCOLATE', 6, 'BOX_6', 1),
 ('CHOCOLATE', 6, 'CREAM', 224),
 ('CHOCOLATE', 6, 'SUGAR', 22),
 ('CHOCOLATE', 6, 'DARK_CHOCOLATE', 84),
 ('CHOCOLATE', 6, 'COCOA', 11),
 ('CHOCOLATE', 8, 'SPONGE_8', 1),
 ('CHOCOLATE', 8, 'BOX_8', 1),
 ('CHOCOLATE', 8, 'CREAM', 400),
 ('CHOCOLATE', 8, 'SUGAR', 40),
 ('CHOCOLATE', 8, 'DARK_CHOCOLATE', 150),
 ('CHOCOLATE', 8, 'COCOA', 20),
 ('CHOCOLATE', 10, 'SPONGE_10', 1),
 ('CHOCOLATE', 10, 'BOX_10', 1),
 ('CHOCOLATE', 10, 'CREAM', 624),
 ('CHOCOLATE', 10, 'SUGAR', 62),
 ('CHOCOLATE', 10, 'DARK_CHOCOLATE', 234),
 ('CHOCOLATE', 10, 'COCOA', 31),
 ('CHOCOLATE', 12, 'SPONGE_12', 1),
 ('CHOCOLATE', 12, 'BOX_12', 1),
 ('CHOCOLATE', 12, 'CREAM', 900),
 ('CHOCOLATE', 12, 'SUGAR', 90),
 ('CHOCOLATE', 12, 'DARK_CHOCOLATE', 338),
 ('CHOCOLATE', 12, 'COCOA', 45),
 ('STRAWBERRY', 6, 'SPONGE_6', 1),
 ('STRAWBERRY', 6, 'BOX_6', 1),
 ('STRAWBERRY', 6, 'CREAM', 224),
 ('STRAWBERRY', 6, 'SUGAR', 22),
 ('STRAWBERRY', 6, 'STRAWBERRY', 168),
 ('STRAWBERRY', 8, 'SPONGE_8', 1),
 ('STRAWBERRY', 8, 'BOX_8', 1),
 ('STRAWBERRY', 8, 'CREAM', 400),
 ('STRAWBERRY', 8, 'SUGAR', 40),
 ('STRAWBERRY', 8, 'STRAWBERRY', 300),
 ('STRAWBERRY', 10, 'SPONGE_10', 1),
 ('STRAWBERRY', 10, 'BOX_10', 1),
 ('STRAWBERRY', 10, 'CREAM', 624),
 ('STRAWBERRY', 10, 'SUGAR', 62),
 ('STRAWBERRY', 10, 'STRAWBERRY', 468),
 ('STRAWBERRY', 12, 'SPONGE_12', 1),
 ('STRAWBERRY', 12, 'BOX_12', 1),
 ('STRAWBERRY', 12, 'CREAM', 900),
 ('STRAWBERRY', 12, 'SUGAR', 90),
 ('STRAWBERRY', 12, 'STRAWBERRY', 675),
 ('MANGO', 6, 'SPONGE_6', 1),
 ('MANGO', 6, 'BOX_6', 1),
 ('MANGO', 6, 'CREAM', 224),
 ('MANGO', 6, 'SUGAR', 22),
 ('MANGO', 6, 'MANGO_PUREE', 140),
 ('MANGO', 8, 'SPONGE_8', 1),
 ('MANGO', 8, 'BOX_8', 1),
 ('MANGO', 8, 'CREAM', 400),
 ('MANGO', 8, 'SUGAR', 40),
 ('MANGO', 8, 'MANGO_PUREE', 250),
 ('MANGO', 10, 'SPONGE_10', 1),
 ('MANGO', 10, 'BOX_10', 1),
 ('MANGO', 10, 'CREAM', 624),
 ('MANGO', 10, 'SUGAR', 62),
 ('MANGO', 10, 'MANGO_PUREE', 390),
 ('MANGO', 12, 'SPONGE_12', 1),
 ('MANGO', 12, 'BOX_12', 1),
 ('MANGO', 12, 'CREAM', 900),
 ('MANGO', 12, 'SUGAR', 90),
 ('MANGO', 12, 'MANGO_PUREE', 562),
 ('MATCHA', 6, 'SPONGE_6', 1),
 ('MATCHA', 6, 'BOX_6', 1),
 ('MATCHA', 6, 'CREAM', 224),
 ('MATCHA', 6, 'SUGAR', 22),
 ('MATCHA', 6, 'MATCHA_POWDER', 14),
 ('MATCHA', 8, 'SPONGE_8', 1),
 ('MATCHA', 8, 'BOX_8', 1),
 ('MATCHA', 8, 'CREAM', 400),
 ('MATCHA', 8, 'SUGAR', 40),
 ('MATCHA', 8, 'MATCHA_POWDER', 25),
 ('MATCHA', 10, 'SPONGE_10', 1),
 ('MATCHA', 10, 'BOX_10', 1),
 ('MATCHA', 10, 'CREAM', 624),
 ('MATCHA', 10, 'SUGAR', 62),
 ('MATCHA', 10, 'MATCHA_POWDER', 39),
 ('MATCHA', 12, 'SPONGE_12', 1),
 ('MATCHA', 12, 'BOX_12', 1),
 ('MATCHA', 12, 'CREAM', 900),
 ('MATCHA', 12, 'SUGAR', 90),
 ('MATCHA', 12, 'MATCHA_POWDER', 56),
 ('VANILLA', 6, 'SPONGE_6', 1),
 ('VANILLA', 6, 'BOX_6', 1),
 ('VANILLA', 6, 'CREAM', 224),
 ('VANILLA', 6, 'SUGAR', 22),
 ('VANILLA', 6, 'VANILLA_EXTRACT', 6),
 ('VANILLA', 8, 'SPONGE_8', 1),
 ('VANILLA', 8, 'BOX_8', 1),
 ('VANILLA', 8, 'CREAM', 400),
 ('VANILLA', 8, 'SUGAR', 40),
 ('VANILLA', 8, 'VANILLA_EXTRACT', 10),
 ('VANILLA', 10, 'SPONGE_10', 1),
 ('VANILLA', 10, 'BOX_10', 1),
 ('VANILLA', 10, 'CREAM', 624),
 ('VANILLA', 10, 'SUGAR', 62),
 ('VANILLA', 10, 'VANILLA_EXTRACT', 16),
 ('VANILLA', 12, 'SPONGE_12', 1),
 ('VANILLA', 12, 'BOX_12', 1),
 ('VANILLA', 12, 'CREAM', 900),
 ('VANILLA', 12, 'SUGAR', 90),
 ('VANILLA', 12, 'VANILLA_EXTRACT', 22),
 ('TIRAMISU', 6, 'SPONGE_6', 1),
 ('TIRAMISU', 6, 'BOX_6', 1),
 ('TIRAMISU', 6, 'CREAM', 224),
 ('TIRAMISU', 6, 'SUGAR', 22),
 ('TIRAMISU', 6, 'CREAM_CHEESE', 140),
 ('TIRAMISU', 6, 'COFFEE', 11),
 ('TIRAMISU', 6, 'COCOA', 8),
 ('TIRAMISU', 8, 'SPONGE_8', 1),
 ('TIRAMISU', 8, 'BOX_8', 1),
 ('TIRAMISU', 8, 'CREAM', 400),
 ('TIRAMISU', 8, 'SUGAR', 40),
 ('TIRAMISU', 8, 'CREAM_CHEESE', 250),
 ('TIRAMISU', 8, 'COFFEE', 20),
 ('TIRAMISU', 8, 'COCOA', 15),
 ('TIRAMISU', 10, 'SPONGE_10', 1),
 ('TIRAMISU', 10, 'BOX_10', 1),
 ('TIRAMISU', 10, 'CREAM', 624),
 ('TIRAMISU', 10, 'SUGAR', 62),
 ('TIRAMISU', 10, 'CREAM_CHEESE', 390),
 ('TIRAMISU', 10, 'COFFEE', 31),
 ('TIRAMISU', 10, 'COCOA', 23),
 ('TIRAMISU', 12, 'SPONGE_12', 1),
 ('TIRAMISU', 12, 'BOX_12', 1),
 ('TIRAMISU', 12, 'CREAM', 900),
 ('TIRAMISU', 12, 'SUGAR', 90),
 ('TIRAMISU', 12, 'CREAM_CHEESE', 562),
 ('TIRAMISU', 12, 'COFFEE', 45),
 ('TIRAMISU', 12, 'COCOA', 34),
 ('BLACK_FOREST', 6, 'SPONGE_6', 1),
 ('BLACK_FOREST', 6, 'BOX_6', 1),
 ('BLACK_FOREST', 6, 'CREAM', 224),
 ('BLACK_FOREST', 6, 'SUGAR', 22),
 ('BLACK_FOREST', 6, 'DARK_CHOCOLATE', 56),
 ('BLACK_FOREST', 6, 'CHERRY', 112),
 ('BLACK_FOREST', 8, 'SPONGE_8', 1),
 ('BLACK_FOREST', 8, 'BOX_8', 1),
 ('BLACK_FOREST', 8, 'CREAM', 400),
 ('BLACK_FOREST', 8, 'SUGAR', 40),
 ('BLACK_FOREST', 8, 'DARK_CHOCOLATE', 100),
 ('BLACK_FOREST', 8, 'CHERRY', 200),
 ('BLACK_FOREST', 10, 'SPONGE_10', 1),
 ('BLACK_FOREST', 10, 'BOX_10', 1),
 ('BLACK_FOREST', 10, 'CREAM', 624),
 ('BLACK_FOREST', 10, 'SUGAR', 62),
 ('BLACK_FOREST', 10, 'DARK_CHOCOLATE', 156),
 ('BLACK_FOREST', 10, 'CHERRY', 312),
 ('BLACK_FOREST', 12, 'SPONGE_12', 1),
 ('BLACK_FOREST', 12, 'BOX_12', 1),
 ('BLACK_FOREST', 12, 'CREAM', 900),
 ('BLACK_FOREST', 12, 'SUGAR', 90),
 ('BLACK_FOREST', 12, 'DARK_CHOCOLATE', 225),
 ('BLACK_FOREST', 12, 'CHERRY', 450),
 ('RED_VELVET', 6, 'SPONGE_6', 1),
 ('RED_VELVET', 6, 'BOX_6', 1),
 ('RED_VELVET', 6, 'CREAM', 224),
 ('RED_VELVET', 6, 'SUGAR', 22),
 ('RED_VELVET', 6, 'CREAM_CHEESE', 112),
 ('RED_VELVET', 6, 'RED_COLORING', 6),
 ('RED_VELVET', 8, 'SPONGE_8', 1),
 ('RED_VELVET', 8, 'BOX_8', 1),
 ('RED_VELVET', 8, 'CREAM', 400),
 ('RED_VELVET', 8, 'SUGAR', 40),
 ('RED_VELVET', 8, 'CREAM_CHEESE', 200),
 ('RED_VELVET', 8, 'RED_COLORING', 10),
 ('RED_VELVET', 10, 'SPONGE_10', 1),
 ('RED_VELVET', 10, 'BOX_10', 1),
 ('RED_VELVET', 10, 'CREAM', 624),
 ('RED_VELVET', 10, 'SUGAR', 62),
 ('RED_VELVET', 10, 'CREAM_CHEESE', 312),
 ('RED_VELVET', 10, 'RED_COLORING', 16),
 ('RED_VELVET', 12, 'SPONGE_12', 1),
 ('RED_VELVET', 12, 'BOX_12', 1),
 ('RED_VELVET', 12, 'CREAM', 900),
 ('RED_VELVET', 12, 'SUGAR', 90),
 ('RED_VELVET', 12, 'CREAM_CHEESE', 450),
 ('RED_VELVET', 12, 'RED_COLORING', 22),
 ('DURIAN', 6, 'SPONGE_6', 1),
 ('DURIAN', 6, 'BOX_6', 1),
 ('DURIAN', 6, 'CREAM', 224),
 ('DURIAN', 6, 'SUGAR', 22),
 ('DURIAN', 6, 'DURIAN_PULP', 168),
 ('DURIAN', 8, 'SPONGE_8', 1),
 ('DURIAN', 8, 'BOX_8', 1),
 ('DURIAN', 8, 'CREAM', 400),
 ('DURIAN', 8, 'SUGAR', 40),
 ('DURIAN', 8, 'DURIAN_PULP', 300),
 ('DURIAN', 10, 'SPONGE_10', 1),
 ('DURIAN', 10, 'BOX_10', 1),
 ('DURIAN', 10, 'CREAM', 624),
 ('DURIAN', 10, 'SUGAR', 62),
 ('DURIAN', 10, 'DURIAN_PULP', 468),
 ('DURIAN', 12, 'SPONGE_12', 1),
 ('DURIAN', 12, 'BOX_12', 1),
 ('DURIAN', 12, 'CREAM', 900),
 ('DURIAN', 12, 'SUGAR', 90),
 ('DURIAN', 12, 'DURIAN_PULP', 675),
 ('TARO', 6, 'SPONGE_6', 1),
 ('TARO', 6, 'BOX_6', 1),
 ('TARO', 6, 'CREAM', 224),
 ('TARO', 6, 'SUGAR', 22),
 ('TARO', 6, 'TARO_PASTE', 168),
 ('TARO', 8, 'SPONGE_8', 1),
 ('TARO', 8, 'BOX_8', 1),
 ('TARO', 8, 'CREAM', 400),
 ('TARO', 8, 'SUGAR', 40),
 ('TARO', 8, 'TARO_PASTE', 300),
 ('TARO', 10, 'SPONGE_10', 1),
 ('TARO', 10, 'BOX_10', 1),
 ('TARO', 10, 'CREAM', 624),
 ('TARO', 10, 'SUGAR', 62),
 ('TARO', 10, 'TARO_PASTE', 468),
 ('TARO', 12, 'SPONGE_12', 1),
 ('TARO', 12, 'BOX_12', 1),
 ('TARO', 12, 'CREAM', 900),
 ('TARO', 12, 'SUGAR', 90),
 ('TARO', 12, 'TARO_PASTE', 675),
 ('CHEESE', 6, 'SPONGE_6', 1),
 ('CHEESE', 6, 'BOX_6', 1),
 ('CHEESE', 6, 'CREAM', 224),
 ('CHEESE', 6, 'SUGAR', 22),
 ('CHEESE', 6, 'CREAM_CHEESE', 224),
 ('CHEESE', 8, 'SPONGE_8', 1),
 ('CHEESE', 8, 'BOX_8', 1),
 ('CHEESE', 8, 'CREAM', 400),
 ('CHEESE', 8, 'SUGAR', 40),
 ('CHEESE', 8, 'CREAM_CHEESE', 400),
 ('CHEESE', 10, 'SPONGE_10', 1),
 ('CHEESE', 10, 'BOX_10', 1),
 ('CHEESE', 10, 'CREAM', 624),
 ('CHEESE', 10, 'SUGAR', 62),
 ('CHEESE', 10, 'CREAM_CHEESE', 624),
 ('CHEESE', 12, 'SPONGE_12', 1),
 ('CHEESE', 12, 'BOX_12', 1),
 ('CHEESE', 12, 'CREAM', 900),
 ('CHEESE', 12, 'SUGAR', 90),
 ('CHEESE', 12, 'CREAM_CHEESE', 900),
 ('FRUIT', 6, 'SPONGE_6', 1),
 ('FRUIT', 6, 'BOX_6', 1),
 ('FRUIT', 6, 'CREAM', 224),
 ('FRUIT', 6, 'SUGAR', 22),
 ('FRUIT', 6, 'MIXED_FRUIT', 224),
 ('FRUIT', 8, 'SPONGE_8', 1),
 ('FRUIT', 8, 'BOX_8', 1),
 ('FRUIT', 8, 'CREAM', 400),
 ('FRUIT', 8, 'SUGAR', 40),
 ('FRUIT', 8, 'MIXED_FRUIT', 400),
 ('FRUIT', 10, 'SPONGE_10', 1),
 ('FRUIT', 10, 'BOX_10', 1),
 ('FRUIT', 10, 'CREAM', 624),
 ('FRUIT', 10, 'SUGAR', 62),
 ('FRUIT', 10, 'MIXED_FRUIT', 624),
 ('FRUIT', 12, 'SPONGE_12', 1),
 ('FRUIT', 12, 'BOX_12', 1),
 ('FRUIT', 12, 'CREAM', 900),
 ('FRUIT', 12, 'SUGAR', 90),
 ('FRUIT', 12, 'MIXED_FRUIT', 900);

insert into stock_balance (store_id, item_code, on_hand, reserved)
select s.id, i.code, 0, 0 from store s, inventory_item i where s.code = 'SH01';

insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'FLOUR', 'DEMO-FLOUR', 25000, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'FLOUR', 'RECEIVE', 25000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-FLOUR' where s.code = 'SH01';
update stock_balance set on_hand = 25000 where item_code = 'FLOUR' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'SUGAR', 'DEMO-SUGAR', 20000, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'SUGAR', 'RECEIVE', 20000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-SUGAR' where s.code = 'SH01';
update stock_balance set on_hand = 20000 where item_code = 'SUGAR' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'EGG', 'DEMO-EGG', 300, current_date + 10, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'EGG', 'RECEIVE', 300, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-EGG' where s.code = 'SH01';
update stock_balance set on_hand = 300 where item_code = 'EGG' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'BUTTER', 'DEMO-BUTTER', 5000, current_date + 60, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'BUTTER', 'RECEIVE', 5000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-BUTTER' where s.code = 'SH01';
update stock_balance set on_hand = 5000 where item_code = 'BUTTER' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'MILK', 'DEMO-MILK', 10000, current_date + 5, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'MILK', 'RECEIVE', 10000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-MILK' where s.code = 'SH01';
update stock_balance set on_hand = 10000 where item_code = 'MILK' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'CREAM', 'DEMO-CREAM', 20000, current_date + 7, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'CREAM', 'RECEIVE', 20000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-CREAM' where s.code = 'SH01';
update stock_balance set on_hand = 20000 where item_code = 'CREAM' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'DARK_CHOCOLATE', 'DEMO-DARK_CHOCOLATE', 3000, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'DARK_CHOCOLATE', 'RECEIVE', 3000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-DARK_CHOCOLATE' where s.code = 'SH01';
update stock_balance set on_hand = 3000 where item_code = 'DARK_CHOCOLATE' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'COCOA', 'DEMO-COCOA', 1000, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'COCOA', 'RECEIVE', 1000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-COCOA' where s.code = 'SH01';
update stock_balance set on_hand = 1000 where item_code = 'COCOA' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'STRAWBERRY', 'DEMO-STRAWBERRY', 2000, current_date + 3, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'STRAWBERRY', 'RECEIVE', 2000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-STRAWBERRY' where s.code = 'SH01';
update stock_balance set on_hand = 2000 where item_code = 'STRAWBERRY' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'MANGO_PUREE', 'DEMO-MANGO_PUREE', 1000, current_date + 20, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'MANGO_PUREE', 'RECEIVE', 1000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-MANGO_PUREE' where s.code = 'SH01';
update stock_balance set on_hand = 1000 where item_code = 'MANGO_PUREE' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'MATCHA_POWDER', 'DEMO-MATCHA_POWDER', 60, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'MATCHA_POWDER', 'RECEIVE', 60, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-MATCHA_POWDER' where s.code = 'SH01';
update stock_balance set on_hand = 60 where item_code = 'MATCHA_POWDER' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'VANILLA_EXTRACT', 'DEMO-VANILLA_EXTRACT', 200, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'VANILLA_EXTRACT', 'RECEIVE', 200, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-VANILLA_EXTRACT' where s.code = 'SH01';
update stock_balance set on_hand = 200 where item_code = 'VANILLA_EXTRACT' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'CREAM_CHEESE', 'DEMO-CREAM_CHEESE', 4000, current_date + 20, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'CREAM_CHEESE', 'RECEIVE', 4000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-CREAM_CHEESE' where s.code = 'SH01';
update stock_balance set on_hand = 4000 where item_code = 'CREAM_CHEESE' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'COFFEE', 'DEMO-COFFEE', 500, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'COFFEE', 'RECEIVE', 500, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-COFFEE' where s.code = 'SH01';
update stock_balance set on_hand = 500 where item_code = 'COFFEE' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'CHERRY', 'DEMO-CHERRY', 1000, current_date + 60, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'CHERRY', 'RECEIVE', 1000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-CHERRY' where s.code = 'SH01';
update stock_balance set on_hand = 1000 where item_code = 'CHERRY' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'RED_COLORING', 'DEMO-RED_COLORING', 100, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'RED_COLORING', 'RECEIVE', 100, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-RED_COLORING' where s.code = 'SH01';
update stock_balance set on_hand = 100 where item_code = 'RED_COLORING' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'DURIAN_PULP', 'DEMO-DURIAN_PULP', 400, current_date + 5, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'DURIAN_PULP', 'RECEIVE', 400, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-DURIAN_PULP' where s.code = 'SH01';
update stock_balance set on_hand = 400 where item_code = 'DURIAN_PULP' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'TARO_PASTE', 'DEMO-TARO_PASTE', 2000, current_date + 4, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'TARO_PASTE', 'RECEIVE', 2000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-TARO_PASTE' where s.code = 'SH01';
update stock_balance set on_hand = 2000 where item_code = 'TARO_PASTE' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'MIXED_FRUIT', 'DEMO-MIXED_FRUIT', 3000, current_date + 2, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'MIXED_FRUIT', 'RECEIVE', 3000, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-MIXED_FRUIT' where s.code = 'SH01';
update stock_balance set on_hand = 3000 where item_code = 'MIXED_FRUIT' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'SPONGE_8', 'DEMO-SPONGE_8', 4, current_date + 2, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'SPONGE_8', 'RECEIVE', 4, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-SPONGE_8' where s.code = 'SH01';
update stock_balance set on_hand = 4 where item_code = 'SPONGE_8' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'SPONGE_6', 'DEMO-SPONGE_6', 2, current_date + 2, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'SPONGE_6', 'RECEIVE', 2, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-SPONGE_6' where s.code = 'SH01';
update stock_balance set on_hand = 2 where item_code = 'SPONGE_6' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'BOX_6', 'DEMO-BOX_6', 20, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'BOX_6', 'RECEIVE', 20, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-BOX_6' where s.code = 'SH01';
update stock_balance set on_hand = 20 where item_code = 'BOX_6' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'BOX_8', 'DEMO-BOX_8', 30, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'BOX_8', 'RECEIVE', 30, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-BOX_8' where s.code = 'SH01';
update stock_balance set on_hand = 30 where item_code = 'BOX_8' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'BOX_10', 'DEMO-BOX_10', 15, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'BOX_10', 'RECEIVE', 15, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-BOX_10' where s.code = 'SH01';
update stock_balance set on_hand = 15 where item_code = 'BOX_10' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'BOX_12', 'DEMO-BOX_12', 10, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'BOX_12', 'RECEIVE', 10, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-BOX_12' where s.code = 'SH01';
update stock_balance set on_hand = 10 where item_code = 'BOX_12' and store_id = (select id from store where code = 'SH01');
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) select id, 'CANDLE', 'DEMO-CANDLE', 200, current_date + 365, current_timestamp from store where code = 'SH01';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) select s.id, 'CANDLE', 'RECEIVE', 200, l.id, null, 'system', 'demo opening stock', current_timestamp from store s join stock_lot l on l.store_id = s.id and l.lot_code = 'DEMO-CANDLE' where s.code = 'SH01';
update stock_balance set on_hand = 200 where item_code = 'CANDLE' and store_id = (select id from store where code = 'SH01');
