-- The read paths' key queries as the app sends them (bench/read-benchmark.sh), with parameters drawn from the data,
-- under EXPLAIN (ANALYZE, BUFFERS): which index each one uses and how long PostgreSQL takes.
\set QUIET on
select o.number as number, c.phone as phone, right(c.phone, 4) as last4, c.name as name, left(c.name, 1) as surname,
       o.customer_id as customer_id, o.id as order_id, o.store_id as store_id,
       (o.due_at at time zone 'Asia/Shanghai')::date as day
from cake_order o join customer c on c.id = o.customer_id where o.status = 'COMPLETED' order by o.id desc offset 5000 limit 1 \gset
select phone as regular from customer order by completed_orders desc limit 1 \gset
\pset pager off

\echo '-- Q board count: a store''s orders of a day per status (OrderSearch.countsByStatus, count(*))'
explain (analyze, buffers, costs off) select o.status, count(*) from cake_order o where o.store_id = :store_id and o.due_at >= (:'day'::date)::timestamp at time zone 'Asia/Shanghai'
  and o.due_at < (:'day'::date + 1)::timestamp at time zone 'Asia/Shanghai' group by o.status;
\echo '-- Q board column: the 20 completed orders due first (OrderSearch.firstDueByStatus)'
explain (analyze, buffers, costs off) select o.id from cake_order o where o.store_id = :store_id and o.status = 'COMPLETED' and o.due_at >= (:'day'::date)::timestamp at time zone 'Asia/Shanghai'
  and o.due_at < (:'day'::date + 1)::timestamp at time zone 'Asia/Shanghai' order by o.due_at, o.id limit 20;
\echo '-- Q list: newest due first, page 1 (OrderSearch)'
explain (analyze, buffers, costs off) select o.id from cake_order o order by o.due_at desc, o.id limit 25 offset 0;
\echo '-- Q list count: capped at 10,001 (OrderSearch)'
explain (analyze, buffers, costs off) select count(*) from (select 1 from cake_order o limit 10001) c;
\echo '-- Q number: whole order number'
explain (analyze, buffers, costs off) select o.id from cake_order o where (o.number = :'number') order by o.due_at desc, o.id limit 20;
\echo '-- Q customer by whole phone'
explain (analyze, buffers, costs off) select c.id from customer c where c.phone = :'phone';
\echo '-- Q customer by the last 4 digits of the phone (尾号: trigram, a suffix)'
explain (analyze, buffers, costs off) select c.id from customer c where c.phone like '%' || :'last4' escape '\' order by c.last_order_at desc nulls first, c.id desc limit 500;
\echo '-- Q order number ending in the 4 digits (trigram, a suffix)'
explain (analyze, buffers, costs off) select o.id from cake_order o where (o.number like '%' || :'last4' escape '\') order by o.due_at desc, o.id limit 20;
\echo '-- Q the page of a last-4 search: orders with that number end or of those customers, ids as the app sends them (OrderSearch.find)'
select coalesce(string_agg(id::text, ','), '0') as last4_ids from (select id from customer where phone like '%' || :'last4' escape '\'
  order by last_order_at desc nulls first, id desc limit 500) c \gset
explain (analyze, buffers, costs off) select o.id from cake_order o where (o.number like '%' || :'last4' escape '\' or o.customer_id in (:last4_ids))
  order by o.due_at desc, o.id limit 20;
\echo '-- Q the page of a name search (start of a name): the orders of up to 500 customers, index only on (customer_id, due_at, id)'
select coalesce(string_agg(id::text, ','), '0') as name_ids from (select id from customer where name like :'surname' || '%' escape '\'
  order by last_order_at desc nulls first, id desc limit 500) c \gset
explain (analyze, buffers, costs off) select o.id from cake_order o where o.customer_id in (:name_ids) order by o.due_at desc, o.id limit 20;
\echo '-- Q customer by name (3+ characters: trigram)'
explain (analyze, buffers, costs off) select c.id from customer c where c.name like '%' || :'name' || '%' escape '\' order by c.last_order_at desc nulls first, c.id desc limit 500;
\echo '-- Q customer by the start of a name (1-2 characters)'
explain (analyze, buffers, costs off) select c.id from customer c where c.name like :'surname' || '%' escape '\' order by c.last_order_at desc nulls first, c.id desc limit 500;
\echo '-- Q a customer''s orders, newest due first (order entry, search by phone)'
explain (analyze, buffers, costs off) select o.id from cake_order o where (o.customer_id in (:customer_id)) order by o.due_at desc, o.id limit 20;
\echo '-- Q a regular''s orders (the customer with the most orders)'
explain (analyze, buffers, costs off) select o.id from cake_order o where o.customer_id in (select id from customer where phone = :'regular') order by o.due_at desc, o.id limit 20;
\echo '-- Q order detail: items, timeline, payments of one order'
explain (analyze, buffers, costs off) select * from order_event e where e.order_id = :order_id order by e.at, e.id;
explain (analyze, buffers, costs off) select * from cake_order_item i where i.order_id = :order_id order by i.line_no;
\echo '-- Q alerts: newest first, every status (AlertRepository.search)'
explain (analyze, buffers, costs off) select a.* from alert a where a.status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED') order by a.raised_at desc, a.id desc limit 100;
\echo '-- Q alerts: unresolved'
explain (analyze, buffers, costs off) select a.* from alert a where a.status in ('OPEN', 'ACKNOWLEDGED') order by a.raised_at desc, a.id desc limit 200;
\echo '-- Q capacity calendar: booked minutes of a day'
explain (analyze, buffers, costs off) select * from capacity_slot s where s.store_id = :store_id and s.slot_start >= (:'day'::date)::timestamp at time zone 'Asia/Shanghai'
  and s.slot_start < (:'day'::date + 1)::timestamp at time zone 'Asia/Shanghai';
\echo '-- Q kitchen queue: open Bake tasks (Camunda runtime)'
explain (analyze, buffers, costs off) select t.id_ from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = 'cakeOrder' and t.task_def_key_ = 'Task_BakeCake' and t.suspension_state_ = 1;
\echo '-- Q tracking: wrong guesses of a client'
explain (analyze, buffers, costs off) select count(*) from tracking_failure where order_number = :'number' and client_ip = '127.0.0.1' and at > now() - interval '15 minutes';
