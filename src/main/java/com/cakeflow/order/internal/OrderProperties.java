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
 */
@ConfigurationProperties("cakeflow.order")
public record OrderProperties(@DefaultValue("PT2H") Duration depositReminderAfter, @DefaultValue("PT24H") Duration depositCancelAfter,
		@DefaultValue("PT2H") Duration noShowAfter, @DefaultValue("PT10M") Duration atRiskCheckEvery, @DefaultValue("PT6H") Duration atRiskLookahead,
		@DefaultValue("PT2H") Duration lateNoticeBefore, Map<String, Duration> overdue, @DefaultValue("PT15M") Duration proofAlertAfter) {

	public Duration overdueAfter(String stage) {
		return overdue == null ? Duration.ofHours(1) : overdue.getOrDefault(stage, Duration.ofHours(1));
	}
}
