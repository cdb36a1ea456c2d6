package com.cakeflow.live.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live stream ({@code cakeflow.live.*}).
 *
 * @param pollInterval how often each node reads new live events while it has open pages
 * @param gapGrace how long a node keeps looking for an event whose id it has passed but whose transaction it has not
 *        seen commit (still open, or rolled back) before it gives it up; must be well above the longest transaction
 *        that publishes an event, or a page can miss that event
 * @param maxGaps at most this many such ids are looked for at once (the newest); older ones are given up early
 */
@ConfigurationProperties("cakeflow.live")
public record LiveProperties(@DefaultValue("PT1S") Duration pollInterval, @DefaultValue("PT2M") Duration gapGrace,
		@DefaultValue("1000") int maxGaps) {

	public LiveProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("cakeflow.live.poll-interval must be positive, not " + pollInterval);
		}
		if (gapGrace.compareTo(pollInterval.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("cakeflow.live.gap-grace (" + gapGrace + ") must be at least two poll intervals (" + pollInterval + ")");
		}
		if (maxGaps < 1 || maxGaps > 10_000) {
			throw new IllegalArgumentException("cakeflow.live.max-gaps must be from 1 to 10000, not " + maxGaps);
		}
	}
}
