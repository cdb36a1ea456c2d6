-- Demo: sponge bases are made in batches of four, written the way the pastry chef writes them (flour and sugar in kg,
-- eggs by weight, milk in litres) with 2 % batter left in the bowl; fresh fruit loses 10 % when hulled and cut.
-- A second store (静安店) with some stock of its own, to transfer from.
update recipe set yield_quantity = 4, note = '一批 4 个 a batch of four' where product_code in ('SPONGE_6', 'SPONGE_8', 'SPONGE_10', 'SPONGE_12') and size_inches = 0;
update recipe_line set quantity = quantity * 4 / 1000, unit = 'kg', loss_rate = 0.02 where product_code in ('SPONGE_6', 'SPONGE_8', 'SPONGE_10', 'SPONGE_12') and item_code in ('FLOUR', 'SUGAR');
update recipe_line set quantity = quantity * 4 * 50, unit = 'g', loss_rate = 0 where product_code in ('SPONGE_6', 'SPONGE_8', 'SPONGE_10', 'SPONGE_12') and item_code = 'EGG';
update recipe_line set quantity = quantity * 4 / 1000, unit = 'l', loss_rate = 0.02 where product_code in ('SPONGE_6', 'SPONGE_8', 'SPONGE_10', 'SPONGE_12') and item_code = 'MILK';
update recipe_line set quantity = quantity * 4, loss_rate = 0.02 where product_code in ('SPONGE_6', 'SPONGE_8', 'SPONGE_10', 'SPONGE_12') and item_code = 'BUTTER';
update recipe_line set loss_rate = 0.10 where item_code in ('STRAWBERRY', 'MIXED_FRUIT');
update recipe_line set quantity = 2, unit = 'tsp' where item_code = 'VANILLA_EXTRACT' and quantity = 10;
insert into item_unit_conversion (item_code, from_unit, to_unit, factor) values ('EGG', 'g', 'pcs', 0.02);

insert into store (code, name, zone_id, currency, address, phone)
values ('SH02', 'CakeFlow 静安店', 'Asia/Shanghai', 'CNY', '上海市静安区南京西路 1266 号', '021-62880002');
insert into stock_balance (store_id, item_code, on_hand, reserved)
select s.id, v.item_code, v.quantity, 0 from store s,
 (values ('DURIAN_PULP', 3000), ('MATCHA_POWDER', 500), ('MANGO_PUREE', 2000), ('CREAM', 10000), ('BOX_8', 40)) as v (item_code, quantity)
where s.code = 'SH02';
insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at)
select s.id, v.item_code, 'JA-' || v.item_code, v.quantity, current_date + v.days, current_timestamp from store s,
 (values ('DURIAN_PULP', 3000, 20), ('MATCHA_POWDER', 500, 180), ('MANGO_PUREE', 2000, 10), ('CREAM', 10000, 6), ('BOX_8', 40, 720))
 as v (item_code, quantity, days)
where s.code = 'SH02';
insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at)
select l.store_id, l.item_code, 'RECEIVE', l.quantity, l.id, null, 'system', 'demo opening stock', current_timestamp
from stock_lot l join store s on s.id = l.store_id where s.code = 'SH02';
