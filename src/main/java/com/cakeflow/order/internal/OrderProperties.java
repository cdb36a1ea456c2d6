package com.cakeflow.order.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order module ({@code cakeflow.order.*}). Timer durations are read when a timer starts, so a change
 * applies to new timers without redeploying the diagram.
 *
 * @param depositReminderAfter when an unpaid deposit raises an alert
 * @param depositCancelAfter when an unpaid order is cancelled
 * @param noShowAfter how long after the due time an uncollected pickup raises a no-show alert
 * @param atRiskCheckEvery how often the at-risk check predicts the finish of an order in production
 * @param atRiskLookahead how long before the due time the at-risk check starts
 * @param lateNoticeBefore how long before the due time a cake still predicted late makes the customer get a notice
 * @param overdue per stage (BAKE, DECORATE, PACK, DELIVER), how long a task may stay open before an overdue alert
 * @param proofAlertAfter how long a cake may wait for its inscription to be confirmed before decorating, before an alert
 * @param intake how many intakes run at once on this node, and how long one more waits before it is turned away
 */
@ConfigurationProperties("cakeflow.order")
public record OrderProperties(@DefaultValue("PT2H") Duration depositReminderAfter, @DefaultValue("PT24H") Duration depositCancelAfter,
		@DefaultValue("PT2H") Duration noShowAfter, @DefaultValue("PT10M") Duration atRiskCheckEvery, @DefaultValue("PT6H") Duration atRiskLookahead,
		@DefaultValue("PT2H") Duration lateNoticeBefore, Map<String, Duration> overdue, @DefaultValue("PT15M") Duration proofAlertAfter,
		@DefaultValue Intake intake) {

	public Duration overdueAfter(String stage) {
		return overdue == null ? Duration.ofHours(1) : overdue.getOrDefault(stage, Duration.ofHours(1));
	}

	/**
	 * Back-pressure of intake on one node ({@code cakeflow.order.intake.*}): at most {@code maxInFlight} orders are
	 * being taken at once (each holds one pooled connection; size it below the request pool); up to {@code maxWaiting}
	 * more wait at most {@code maxWait} for a turn; the rest, and those that found none, are answered 503 with
	 * {@code Retry-After: retryAfter}.
	 */
	public record Intake(@DefaultValue("8") int maxInFlight, @DefaultValue("8") int maxWaiting, @DefaultValue("PT1S") Duration maxWait,
			@DefaultValue("PT1S") Duration retryAfter) {
	}
}
