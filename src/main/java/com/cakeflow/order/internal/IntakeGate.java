package com.cakeflow.order.internal;

import com.cakeflow.shared.DomainProblem;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets a bounded number of intakes run at once on this node (a holiday rush comes as bursts from every channel): a
 * bounded number more wait a moment for a turn, and the rest are turned away at once with a 503 and
 * {@code Retry-After} — instead of queueing for pooled connections until everybody times out, or holding every
 * request thread of the server so that nothing else (health, the screens) is answered.
 */
@Component
class IntakeGate {

	private final Semaphore turns;
	private final Semaphore waitingRoom;
	private final Duration maxWait;
	private final Duration retryAfter;

	IntakeGate(OrderProperties properties) {
		var intake = properties.intake();
		this.turns = new Semaphore(Math.max(1, intake.maxInFlight()), true);
		this.waitingRoom = new Semaphore(Math.max(1, intake.maxInFlight() + intake.maxWaiting()));
		this.maxWait = intake.maxWait();
		this.retryAfter = intake.retryAfter();
	}

	<T> T through(Supplier<T> intake) {
		if (!waitingRoom.tryAcquire()) { // as many running and waiting as allowed: no use waiting at all
			throw new IntakeBusy(retryAfter);
		}
		try {
			return inTurn(intake);
		}
		finally {
			waitingRoom.release();
		}
	}

	private <T> T inTurn(Supplier<T> intake) {
		boolean entered;
		try {
			entered = turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			entered = false;
		}
		if (!entered) {
			throw new IntakeBusy(retryAfter);
		}
		try {
			return intake.get();
		}
		finally {
			turns.release();
		}
	}

	/** Too many orders being taken at this moment: 503, try again after the given time. */
	static class IntakeBusy extends DomainProblem {

		private final Duration retryAfter;

		IntakeBusy(Duration retryAfter) {
			super(503, "problem.intake.busy", Math.max(1, retryAfter.toSeconds()));
			this.retryAfter = retryAfter;
		}

		@Override
		public java.util.Optional<Duration> retryAfter() {
			return java.util.Optional.of(retryAfter);
		}
	}
}
