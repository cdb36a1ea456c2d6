-- Which completed orders have been counted into their customer's history (completed_orders, total_spent_fen): the
-- count runs after the order's commit as a listener of OrderCompleted, which the event publication registry may
-- deliver more than once (after a crash, on restart), so each order is counted once only. Orders completed before
-- this table existed were counted in their own transaction and are never delivered again.
create table customer_completed_order (
    order_id     bigint primary key,
    customer_id  bigint not null references customer (id),
    counted_at   timestamp with time zone not null
);
