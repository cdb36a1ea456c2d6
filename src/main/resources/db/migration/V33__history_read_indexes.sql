-- A year of history (issue 15): every list reads an index that hands it its rows in the order it shows them, however
-- many orders there are. A customer's orders newest due first (order entry shows the last ones); a store's orders by
-- due time (the board of a day, the list an API key of one store sees); alerts newest first in every status.
create index ix_cake_order_customer_due on cake_order (customer_id, due_at);
create index ix_cake_order_store_due on cake_order (store_id, due_at);
create index ix_alert_raised on alert (raised_at, id);
