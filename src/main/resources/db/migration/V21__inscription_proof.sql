-- Inscription proofing: the exact text on a cake is confirmed — by the customer through the tracking link, or by the
-- clerk reading it back — before decorating may start. A changed inscription needs confirming again.
alter table cake_order_item add column inscription_proofed_at timestamp with time zone;
alter table cake_order_item add column inscription_proofed_by varchar(64);
alter table cake_order_item add column inscription_proof_method varchar(16);
