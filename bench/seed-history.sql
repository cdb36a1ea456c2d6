-- A year of history for CakeFlow, written with set-based SQL into a database the app has migrated (bench/seed-history.sh).
-- psql variables: orders (total orders), customers, seed (0..1, for setseed), days (how far back).
-- Everything the app would have left behind for a finished order: the customer (repeat customers are Zipf-like), the
-- order with its items and add-ons, payments (deposit + balance, or one payment; cancelled orders refunded minus the
-- fee, on the method they were paid with), the timeline, capacity bookings, staff assignments (released), a mail in
-- the outbox (sent) for customers with an address, alerts (resolved) for a few, and Camunda history as the 180-day
-- history TTL leaves it: ACT_HI_PROCINST rows with a removal time for orders that ended in the last 180 days, nothing
-- older, and no ACT_RU_* rows for any of them (finished processes have none). Open orders are not made here: the
-- benchmark places them through POST /api/orders afterwards, so their processes and tasks are real.
\set ON_ERROR_STOP on
\timing on
\pset footer off
select setseed(:seed);

-- calendar: one row per past day with its weight (weekends, and the bursts before the shop's big days)
create temp table s_day as
with d as (
  select (current_date - i) as day from generate_series(1, :days) i
)
select day,
  (1.0
   + case when extract(isodow from day) in (6, 7) then 0.35 else 0 end
   + case when to_char(day, 'MM-DD') = '02-14' then 4 when to_char(day, 'MM-DD') = '02-13' then 1.5 else 0 end        -- 情人节
   + case when to_char(day, 'MM-DD') in ('05-20') then 1.5 else 0 end                                                      -- 520
   + case when extract(month from day) = 5 and extract(isodow from day) = 7 and extract(day from day) between 8 and 14 then 5
          when extract(month from day) = 5 and extract(isodow from day) = 6 and extract(day from day) between 7 and 13 then 2 else 0 end -- 母亲节
   + case when day between date '2026-09-22' and date '2026-09-25' then 1.5 when day = date '2025-10-06' then 3 else 0 end -- 中秋
   + case when to_char(day, 'MM-DD') in ('12-24', '12-25') then 3 when to_char(day, 'MM-DD') = '12-31' then 1.5 else 0 end -- 圣诞, 跨年
   + case when day between date '2026-02-10' and date '2026-02-16' then 1.2                                               -- 春节 (2026-02-17)
          when day between date '2026-02-17' and date '2026-02-23' then -0.5 else 0 end
  )::numeric as weight
from d;

create temp table s_day_count as
with w as (select day, weight, sum(weight) over () as total, sum(weight) over (order by day) as upto from s_day)
select day, (round(:orders * upto / total) - round(:orders * (upto - weight) / total))::int as n from w;

-- orders, first in a staging table (g = running number in order of creation); the first :customers orders are each
-- customer's first, the rest go to customers Zipf-like (a few regulars with hundreds, most with one or two)
create temp table s_order as
with o as (
  select c.day, x.k, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6, random() as r7, random() as r10
  from s_day_count c, generate_series(1, c.n) x(k)
), t as (
  select o.*, (o.day + make_interval(mins => (7 * 60 + floor(r1 * 14 * 60))::int)) at time zone 'Asia/Shanghai' as created_at from o
), n as (
  select t.*, row_number() over (order by created_at, k) as g from t
)
select g, day, created_at,
  case when g <= :customers then ((g * 7919) % :customers) + 1 else floor(:customers * power(r2, 1.8))::int + 1 end as customer_n,
  case when r3 < 0.68 then 1 else 2 end as store_n,
  (array['WALK_IN','WALK_IN','PHONE','PHONE','WECHAT','WECHAT','MINI_PROGRAM','MINI_PROGRAM','WEBSITE','MEITUAN','MEITUAN','ELEME','DOUYIN'])
    [1 + floor(r4 * 13)::int] as channel,
  case when r5 < 0.28 then 'DELIVERY' else 'PICKUP' end as fulfillment_type,
  r6 < 0.05 as urgent,
  case when r7 < 0.065 then 'CANCELLED' else 'COMPLETED' end as status,
  case when r10 < 0.85 then 1 when r10 < 0.98 then 2 else 3 end as n_items,
  random() as r8, random() as r9
from n;
-- due: walk-ins the same day a few hours later, others one to four days ahead; never later than yesterday evening,
-- so every seeded order is finished
alter table s_order add column due_at timestamptz;
update s_order set due_at = least(created_at + case when channel = 'WALK_IN' then make_interval(mins => 120 + floor(r8 * 240)::int)
    else make_interval(days => 1 + floor(r8 * 4)::int, hours => (floor(r9 * 8) - 4)::int) end,
  (current_date - 1 + time '21:00') at time zone 'Asia/Shanghai');
update s_order set due_at = created_at + interval '1 hour' where due_at < created_at + interval '1 hour';
alter table s_order add primary key (g);

create temp table s_store as select row_number() over (order by id) as n, id from store where code in ('SH01', 'SH02');
create temp table s_size as select row_number() over (order by size_inches) as n, * from cake_size;
create temp table s_flavor as select row_number() over (order by sort_order) as n, * from flavor where active;
create temp table s_addon as select row_number() over (order by code) as n, * from add_on where active;

-- items: size 6/8/10/12 (8 the most), flavor by popularity, an inscription on most, add-ons on some
create temp table s_item as
select o.g, l as line_no,
  (array[1,2,2,2,3,3,4])[1 + floor(random() * 7)::int] as size_n,
  1 + floor(power(random(), 1.6) * (select count(*) from s_flavor))::int as flavor_n,
  (array['生日快乐','Happy Birthday','妈妈生日快乐','宝贝生日快乐','Happy Anniversary','新年快乐','我爱你','Congratulations',null,null])
    [1 + floor(random() * 10)::int] as inscription,
  case when random() < 0.93 then 1 else 2 end as quantity,
  case when random() < 0.45 then 1 + floor(random() * (select count(*) from s_addon))::int end as addon1,
  case when random() < 0.12 then 1 + floor(random() * (select count(*) from s_addon))::int end as addon2
from s_order o, generate_series(1, o.n_items) l;
update s_item set addon2 = null where addon2 = addon1;
alter table s_item add column id_n bigint;
update s_item i set id_n = r.n from (select g, line_no, row_number() over (order by g, line_no) as n from s_item) r
  where r.g = i.g and r.line_no = i.line_no;

create temp table s_line as
select i.*, z.size_inches, z.base_price_fen, f.code as flavor_code, f.surcharge_fen,
  coalesce(a1.price_fen, 0) + coalesce(a2.price_fen, 0) as add_ons_fen, a1.code as addon1_code, a2.code as addon2_code,
  a1.price_fen as addon1_fen, a2.price_fen as addon2_fen
from s_item i join s_size z on z.n = i.size_n join s_flavor f on f.n = i.flavor_n
  left join s_addon a1 on a1.n = i.addon1 left join s_addon a2 on a2.n = i.addon2;
alter table s_line add column line_total_fen bigint;
update s_line set line_total_fen = (base_price_fen + surcharge_fen + add_ons_fen) * quantity;

alter table s_order add column total_fen bigint, add column deposit_fen bigint, add column fee_fen bigint, add column method text;
update s_order o set total_fen = t.total from (select g, sum(line_total_fen) as total from s_line group by g) t where t.g = o.g;
-- deposit: phone and online orders of the shop pay 30% ahead (whole yuan), platform orders and walk-ins pay in full at once
update s_order set deposit_fen = case when channel in ('PHONE', 'WECHAT', 'MINI_PROGRAM', 'WEBSITE') then round(total_fen * 0.3 / 100) * 100 else 0 end,
  method = case when channel in ('MEITUAN', 'ELEME', 'DOUYIN', 'MINI_PROGRAM', 'WEBSITE') then 'ONLINE'
                when channel = 'WECHAT' then 'ONLINE' else (array['CASH','CARD','ONLINE','ONLINE'])[1 + floor(r9 * 4)::int] end,
  -- a cancelled order: most before baking (no fee), some once baking started (30% fee, at most what was paid)
  fee_fen = case when status = 'CANCELLED' and r8 < 0.25 then round(total_fen * 0.3 / 100) * 100 else 0 end;

-- customers -------------------------------------------------------------------------------------------------------------
create temp table s_customer (n int primary key, id bigint not null);
with ins as (
  insert into customer (phone, name, created_at, completed_orders, total_spent_fen, last_order_at, version, email, language, marketing_consent)
  select '1' || (array['3','5','8','7','9'])[1 + (i % 5)] || lpad(((i::bigint * 48271) % 1000000000)::text, 9, '0'),
    (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗','郑','梁','谢','宋','唐','许','韩','冯','邓','曹'])[1 + (i % 30)]
      || (array['女士','先生','小姐','伟','芳','娜','敏','静','丽','强','磊','洋','艳','勇','军','杰','娟','涛','明','超','秀英','婷','建华','晓燕','子涵','欣怡','浩然','一诺','雨桐','梓萱'])
         [1 + ((i / 30) % 30)],
    now() - interval '400 days', 0, 0, null, 0,
    case when i % 5 = 0 then 'kunde' || i || '@example.com' end, case when i % 9 = 0 then 'en' else 'zh-CN' end, i % 3 = 0
  from generate_series(1, :customers) i
  on conflict (phone) do nothing
  returning id, phone
)
insert into s_customer select row_number() over (order by id), id from ins;

-- orders ----------------------------------------------------------------------------------------------------------------
select coalesce(max(id), 0) as order_base from cake_order \gset
select coalesce(max(id), 0) as item_base from cake_order_item \gset
insert into cake_order (id, number, store_id, customer_id, channel, status, fulfillment_type, due_at, address, notes, urgent, total_fen,
    deposit_fen, paid_fen, refunded_fen, cancellation_fee_fen, pickup_code, cancel_reason, idempotency_key, request_hash, created_at,
    created_by, version)
select :order_base + o.g,
  'CF-' || to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' || (case when o.g <= 9999 then lpad(o.g::text, 4, '0') else (((o.g - 1) % 999999) + 1)::text end),
  s.id, c.id, o.channel, o.status, o.fulfillment_type, o.due_at,
  case when o.fulfillment_type = 'DELIVERY' then '上海市' || (array['静安区','徐汇区','黄浦区','长宁区','普陀区','浦东新区'])[1 + (o.g % 6)::int]
    || (array['南京西路','淮海中路','愚园路','长寿路','世纪大道','衡山路'])[1 + ((o.g / 6) % 6)::int] || (1 + o.g % 1500) || '号' end,
  case when o.g % 11 = 0 then '少糖' when o.g % 17 = 0 then '不要坚果' end,
  o.urgent, o.total_fen, o.deposit_fen,
  case when o.status = 'COMPLETED' then o.total_fen when o.deposit_fen > 0 then o.deposit_fen else o.total_fen end,
  case when o.status = 'CANCELLED' then (case when o.deposit_fen > 0 then o.deposit_fen else o.total_fen end)
    - least(o.fee_fen, case when o.deposit_fen > 0 then o.deposit_fen else o.total_fen end) else 0 end,
  case when o.status = 'CANCELLED' then least(o.fee_fen, case when o.deposit_fen > 0 then o.deposit_fen else o.total_fen end) else 0 end,
  lpad(((o.g * 7331) % 1000000)::text, 6, '0'),
  case when o.status = 'CANCELLED' then (array['顾客改期','顾客取消','重复下单','联系不上顾客'])[1 + (o.g % 4)::int] end,
  case when o.channel in ('MEITUAN', 'ELEME', 'DOUYIN') then lower(o.channel) || '-' || o.g end, null,
  o.created_at, case when o.channel in ('MEITUAN', 'ELEME', 'DOUYIN') then 'api-key:' || lower(o.channel) else 'clerk' end, 3
from s_order o join s_customer c on c.n = o.customer_n join s_store s on s.n = least(o.store_n, (select count(*) from s_store));

insert into cake_order_item (id, order_id, line_no, size_inches, flavor_code, inscription, quantity, base_price_fen, flavor_surcharge_fen,
    add_ons_fen, line_total_fen, inscription_proofed_at, inscription_proofed_by, inscription_proof_method)
select :item_base + l.id_n, :order_base + l.g, l.line_no, l.size_inches, l.flavor_code, l.inscription, l.quantity, l.base_price_fen,
  l.surcharge_fen, l.add_ons_fen, l.line_total_fen,
  case when l.inscription is not null then o.created_at + interval '5 minutes' end,
  case when l.inscription is not null then 'clerk' end, case when l.inscription is not null then 'READ_BACK' end
from s_line l join s_order o on o.g = l.g;

insert into cake_order_item_add_on (item_id, add_on_code, price_fen)
select :item_base + id_n, addon1_code, addon1_fen from s_line where addon1_code is not null
union all
select :item_base + id_n, addon2_code, addon2_fen from s_line where addon2_code is not null;

-- payments: deposit at intake and the balance at hand-over, or everything at once; a cancellation refunds what was
-- paid minus the fee, on the same method, so paid - refunded per method adds up to the orders' figures
insert into payment (order_id, kind, amount_fen, method, at, actor, note)
select :order_base + g, 'PAYMENT', case when deposit_fen > 0 then deposit_fen else total_fen end, method, created_at + interval '2 minutes',
  case when method = 'ONLINE' then 'gateway' else 'clerk' end, case when deposit_fen > 0 then 'deposit' end
from s_order
union all
select :order_base + g, 'PAYMENT', total_fen - deposit_fen, method, due_at - interval '10 minutes', 'frontdesk1', 'balance'
from s_order where status = 'COMPLETED' and deposit_fen > 0 and total_fen > deposit_fen
union all
select :order_base + g, 'REFUND', (case when deposit_fen > 0 then deposit_fen else total_fen end)
    - least(fee_fen, case when deposit_fen > 0 then deposit_fen else total_fen end), method, created_at + interval '3 hours', 'clerk', 'cancelled'
from s_order where status = 'CANCELLED' and (case when deposit_fen > 0 then deposit_fen else total_fen end) > fee_fen;

-- the timeline: placed, capacity booked, payments, every status change (times set back from the due time); details
-- as the app writes them (order.TimelineType), JSON text
insert into order_event (order_id, at, type, actor, details)
select :order_base + o.g, o.created_at, 'ORDER_PLACED', 'clerk', json_build_object('channel', o.channel, 'customer', '顾客',
  'cakes', json_build_array(json_build_object('size', 8, 'flavor', 'CHOCOLATE', 'quantity', o.n_items)), 'fulfillment', o.fulfillment_type,
  'total', o.total_fen, 'deposit', o.deposit_fen)::text from s_order o
union all
select :order_base + o.g, o.created_at, 'CAPACITY_BOOKED', 'clerk', json_build_object('bake', 50, 'decorate', 35, 'pack', 10)::text from s_order o
union all
select :order_base + o.g, o.created_at + interval '2 minutes', 'PAYMENT_RECEIVED', 'clerk',
  json_build_object('amount', case when deposit_fen > 0 then deposit_fen else total_fen end, 'method', o.method,
    'paid', case when deposit_fen > 0 then deposit_fen else total_fen end, 'total', total_fen)::text from s_order o
union all
select :order_base + o.g, o.due_at - interval '10 minutes', 'PAYMENT_RECEIVED', 'frontdesk1',
  json_build_object('amount', total_fen - deposit_fen, 'method', o.method, 'paid', total_fen, 'total', total_fen)::text
from s_order o where status = 'COMPLETED' and deposit_fen > 0 and total_fen > deposit_fen
union all
select :order_base + o.g, o.created_at + interval '3 hours', 'CANCELLED', 'clerk',
  json_build_object('reason', '顾客取消', 'fee', o.fee_fen)::text from s_order o where status = 'CANCELLED'
union all
select :order_base + o.g, s.at, 'STATUS_CHANGED', s.actor, json_build_object('from', s.from_status, 'to', s.to_status)::text
from s_order o cross join lateral (values
  (1, o.created_at, 'system', 'RECEIVED', case when o.deposit_fen > 0 then 'AWAITING_DEPOSIT' else 'CONFIRMED' end),
  (2, o.created_at + interval '2 minutes', 'system', 'AWAITING_DEPOSIT', 'CONFIRMED'),
  (3, greatest(o.created_at + interval '3 minutes', o.due_at - interval '4 hours'), 'baker1', 'CONFIRMED', 'BAKING'),
  (4, greatest(o.created_at + interval '4 minutes', o.due_at - interval '150 minutes'), 'decorator1', 'BAKING', 'DECORATING'),
  (5, greatest(o.created_at + interval '5 minutes', o.due_at - interval '60 minutes'), 'frontdesk1', 'DECORATING', 'PACKING'),
  (6, greatest(o.created_at + interval '6 minutes', o.due_at - interval '40 minutes'), 'frontdesk1',
     'PACKING', case when o.fulfillment_type = 'PICKUP' then 'READY_FOR_PICKUP' else 'OUT_FOR_DELIVERY' end),
  (7, o.due_at + make_interval(mins => floor(o.r8 * 90)::int), case when o.fulfillment_type = 'PICKUP' then 'frontdesk1' else 'driver1' end,
     case when o.fulfillment_type = 'PICKUP' then 'READY_FOR_PICKUP' else 'OUT_FOR_DELIVERY' end, 'COMPLETED'),
  (8, o.created_at + interval '3 hours', 'clerk', case when o.deposit_fen > 0 and o.fee_fen = 0 then 'CONFIRMED' when o.fee_fen > 0 then 'BAKING' else 'CONFIRMED' end, 'CANCELLED')
) s(step, at, actor, from_status, to_status)
where (o.status = 'COMPLETED' and s.step <= 7 and (s.step <> 2 or o.deposit_fen > 0))
   or (o.status = 'CANCELLED' and (s.step = 1 or (s.step = 2 and o.deposit_fen > 0) or s.step = 8 or (s.step = 3 and o.fee_fen > 0)));

-- capacity the orders booked (per station, in the hour before their stage's time) and the per-hour totals
insert into capacity_booking (store_id, order_id, station, slot_start, minutes, overridden, skills)
select c.store_id, c.id, st.station, date_trunc('hour', c.due_at - st.before), st.minutes * greatest(1, o.n_items), false, null
from cake_order c join s_order o on c.id = :order_base + o.g
  cross join (values ('BAKE', interval '4 hours', 50), ('DECORATE', interval '150 minutes', 35), ('PACK', interval '60 minutes', 10)) st(station, before, minutes)
where c.id > :order_base and c.status = 'COMPLETED';
insert into capacity_slot (store_id, station, slot_start, booked)
select store_id, station, slot_start, sum(minutes) from capacity_booking where order_id > :order_base group by store_id, station, slot_start
on conflict (store_id, station, slot_start) do update set booked = capacity_slot.booked + excluded.booked;

-- who did the work (released, as the process does when a stage ends)
insert into staff_assignment (staff_id, order_id, stage, minutes, assigned_at, released_at, zone, due_at)
select s.id, :order_base + o.g, st.stage, st.minutes, o.due_at - st.before, o.due_at - st.before + make_interval(mins => st.minutes), null, o.due_at
from s_order o
  cross join (values ('BAKE', 'baker1', interval '4 hours', 50), ('DECORATE', 'decorator1', interval '150 minutes', 35),
                     ('PACK', 'frontdesk1', interval '60 minutes', 10)) st(stage, username, before, minutes)
  join s_store ss on ss.n = least(o.store_n, (select count(*) from s_store))
  join staff s on s.username = st.username and s.store_id = (select id from s_store where n = 1)
where o.status = 'COMPLETED';

-- the mails customers with an address got (the outbox keeps sent rows)
insert into notification (dedup_key, kind, channel, recipient, locale, store_id, order_number, subject, body, qr_text, status, attempts,
    next_attempt_at, last_error, transport, created_at, sent_at)
select 'seed:' || c.number || ':CONFIRMED', 'ORDER_CONFIRMED', 'MAIL', cu.email, coalesce(cu.language, 'zh-CN'), c.store_id, c.number,
  '订单已确认 ' || c.number, '您的订单 ' || c.number || ' 已确认。', null, 'SENT', 1, c.created_at, null, 'smtp', c.created_at,
  c.created_at + interval '1 minute'
from cake_order c join customer cu on cu.id = c.customer_id
where c.id > :order_base and cu.email is not null;

-- alerts raised and resolved along the year: about 3 in 100 orders
insert into alert (type, order_id, order_number, stage, status, cause_key, detail, raised_at, resolved_at, resolved_by, store_id,
    acknowledged_at, acknowledged_by, acknowledge_comment, resolve_comment, open_cause, process_instance_id)
select (array['OVERDUE_STAGE','AT_RISK','UNPAID_DEPOSIT','NO_SHOW','DELIVERY_LATE','INSCRIPTION_UNCONFIRMED'])[1 + (o.g % 6)::int],
  :order_base + o.g, c.number, 'BAKE', 'RESOLVED',
  (array['OVERDUE_STAGE','AT_RISK','UNPAID_DEPOSIT','NO_SHOW','DELIVERY_LATE','INSCRIPTION_UNCONFIRMED'])[1 + (o.g % 6)::int] || ':' || c.number,
  'seeded', o.due_at - interval '1 hour', o.due_at - interval '20 minutes', 'manager', c.store_id, o.due_at - interval '50 minutes',
  'manager', null, '已处理', null, null
from s_order o join cake_order c on c.id = :order_base + o.g
where o.r9 < 0.03;

-- customers' history as the CRM keeps it
update customer cu set completed_orders = t.n, total_spent_fen = t.spent, last_order_at = t.last_at, home_store_id = t.store_id,
  created_at = least(cu.created_at, t.first_at)
from (select customer_id, count(*) filter (where status = 'COMPLETED') as n, coalesce(sum(total_fen) filter (where status = 'COMPLETED'), 0) as spent,
        max(due_at) as last_at, min(created_at) as first_at, max(store_id) as store_id
      from cake_order where id > :order_base group by customer_id) t
where cu.id = t.customer_id;
update customer cu set created_at = t.first_at
from (select customer_id, min(created_at) as first_at from cake_order group by customer_id) t
where cu.id = t.customer_id and cu.created_at > t.first_at;

-- Camunda history as the TTL leaves it: orders that ended within the last 180 days keep their process instance in
-- ACT_HI_PROCINST (with the removal time the cleanup deletes them at); older ones are gone. No runtime rows.
insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, removal_time_, duration_,
    start_user_id_, start_act_id_, end_act_id_, super_process_instance_id_, root_proc_inst_id_, super_case_instance_id_, case_inst_id_,
    delete_reason_, tenant_id_, state_)
select 'seed-' || o.g, 'seed-' || o.g, c.number, 'cakeOrder', d.id_, o.created_at, e.end_at, e.end_at + interval '180 days',
  (extract(epoch from e.end_at - o.created_at) * 1000)::bigint, c.created_by, 'StartEvent_OrderPlaced',
  case when o.status = 'COMPLETED' then 'EndEvent_OrderCompleted' else 'EndEvent_OrderCancelled' end, null, 'seed-' || o.g, null, null,
  null, null, 'COMPLETED'
from s_order o join cake_order c on c.id = :order_base + o.g
  cross join lateral (select case when o.status = 'COMPLETED' then o.due_at + make_interval(mins => floor(o.r8 * 90)::int)
                                  else o.created_at + interval '3 hours' end as end_at) e
  cross join (select id_ from act_re_procdef where key_ = 'cakeOrder' order by version_ desc limit 1) d
where e.end_at > now() - interval '180 days';

-- identities and the order number sequence go on from what was written
select setval(pg_get_serial_sequence('cake_order', 'id'), (select max(id) from cake_order));
select setval(pg_get_serial_sequence('cake_order_item', 'id'), (select max(id) from cake_order_item));
select setval('order_number_seq', (:orders % 999999) + 1, false);
