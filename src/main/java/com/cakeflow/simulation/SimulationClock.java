package com.cakeflow.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The simulated clock: CakeFlow's own code reads the {@link Clock} bean, the process engine its {@code ClockUtil}; the
 * simulator moves both together. Only ever used in a simulation's own application context (its own JVM or its own
 * in-memory database and engine), never in a running shop.
 */
public class SimulationClock extends Clock {

	private volatile Instant now;

	public SimulationClock(Instant start) {
		set(start);
	}

	public void set(Instant instant) {
		this.now = instant;
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}
}
