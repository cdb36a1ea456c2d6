-- The at-risk check of the order process (an event sub-process timer): how often it predicts the finish from the live
-- kitchen queue, how long before the due time it starts, and how long before the due time a cake still predicted late
-- makes the customer get a "sorry, we are running late" notice with the new time.
alter table sla_setting add column at_risk_check_minutes integer default 10 not null;
alter table sla_setting add column at_risk_lookahead_minutes integer default 360 not null;
alter table sla_setting add column late_notice_minutes integer default 120 not null;
alter table sla_setting add constraint ck_sla_setting_at_risk check (at_risk_check_minutes > 0 and at_risk_lookahead_minutes > 0 and late_notice_minutes > 0);
