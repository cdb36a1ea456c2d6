package com.cakeflow.order.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order module ({@code cakeflow.order.*}). Timer durations are read when a timer starts, so a change
 * applies to new timers without redeploying the diagram.
 *
 * The time limits a store may change are the {@code sla} module's ({@code SlaProperties}, same prefix).
 *
 * @param proofAlertAfter how long a cake may wait for its inscription to be confirmed before decorating, before an alert
 * @param intake how many intakes run at once on this node, and how long one more waits before it is turned away
 */
@ConfigurationProperties("cakeflow.order")
public record OrderProperties(@DefaultValue("PT15M") Duration proofAlertAfter, @DefaultValue Intake intake) {

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
