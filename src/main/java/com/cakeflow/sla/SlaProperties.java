package com.cakeflow.sla;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time limits a store uses until a manager changes them ({@code cakeflow.order.*}, the names they had when they
 * were the order module's settings).
 *
 * @param depositReminderAfter when an unpaid deposit raises an alert
 * @param depositCancelAfter when an unpaid order is cancelled
 * @param noShowAfter how long after the due time an uncollected pickup raises a no-show alert
 * @param atRiskCheckEvery how often the at-risk check predicts the finish of an order in production
 * @param atRiskLookahead how long before the due time the at-risk check starts
 * @param lateNoticeBefore how long before the due time a cake still predicted late makes the customer get a notice
 * @param overdue per stage (BAKE, DECORATE, PACK, DELIVER), how long a task may stay open before an overdue alert
 */
@ConfigurationProperties("cakeflow.order")
public record SlaProperties(@DefaultValue("PT2H") Duration depositReminderAfter, @DefaultValue("PT24H") Duration depositCancelAfter,
		@DefaultValue("PT2H") Duration noShowAfter, @DefaultValue("PT10M") Duration atRiskCheckEvery, @DefaultValue("PT6H") Duration atRiskLookahead,
		@DefaultValue("PT2H") Duration lateNoticeBefore, Map<String, Duration> overdue) {

	public Duration overdueAfter(String stage) {
		return overdue == null ? Duration.ofHours(1) : overdue.getOrDefault(stage, Duration.ofHours(1));
	}
}
