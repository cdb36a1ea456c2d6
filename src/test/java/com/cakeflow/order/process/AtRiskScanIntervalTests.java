package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A store is scanned at its interval whatever milliseconds the minute job fires at. */
class AtRiskScanIntervalTests {

	private static final Instant LAST = Instant.parse("2026-12-02T08:00:00.020Z");

	@Test
	void aFireAFewMillisecondsEarlierThanTheIntervalStillScans() {
		assertThat(AtRiskScan.due(LAST, Duration.ofMinutes(10), Instant.parse("2026-12-02T08:10:00.003Z"))).isTrue();
		assertThat(AtRiskScan.due(LAST, Duration.ofMinutes(1), Instant.parse("2026-12-02T08:01:00.001Z"))).isTrue();
	}

	@Test
	void theMinutesBeforeTheIntervalDoNot() {
		assertThat(AtRiskScan.due(LAST, Duration.ofMinutes(10), Instant.parse("2026-12-02T08:09:00.030Z"))).isFalse();
		assertThat(AtRiskScan.due(LAST, Duration.ofMinutes(10), Instant.parse("2026-12-02T08:00:01Z"))).isFalse();
	}

	@Test
	void aStoreNeverScannedOnThisNodeIsDue() {
		assertThat(AtRiskScan.due(null, Duration.ofMinutes(10), LAST)).isTrue();
	}
}
