package com.cakeflow.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live events published in real transactions, for tests of the order they commit in: one kept open on its own thread
 * (and connection) until the test commits it, one committed at once, one rolled back. Each event is an {@code alert}
 * for every store whose {@code orderNumber} is a marker of its own.
 */
public final class LiveEventTransactions {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final TransactionTemplate transactions;
	private final LiveEvents events;
	private final JdbcClient jdbc;

	public LiveEventTransactions(TransactionTemplate transactions, LiveEvents events, JdbcClient jdbc) {
		this.transactions = transactions;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** A marker for the {@code orderNumber} of one event. */
	public static String marker(String what) {
		return what + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Publishes in a transaction that commits before this returns; the event's id. */
	public long committed(String marker) {
		return transactions.execute(status -> publish(marker));
	}

	/** Publishes in a transaction that rolls back; the id it had taken. */
	public long rolledBack(String marker) {
		return transactions.execute(status -> {
			long id = publish(marker);
			status.setRollbackOnly();
			return id;
		});
	}

	/** Publishes in a transaction on another thread that stays open until {@link Open#commit()}. */
	public Open open(String marker) throws Exception {
		var published = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var id = new long[1];
		var done = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			id[0] = publish(marker);
			published.countDown();
			try {
				assertThat(release.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the test let the open transaction commit").isTrue();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(interrupted);
			}
		}), task -> new Thread(task, "open-live-transaction").start());
		if (!published.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
			release.countDown();
			done.get(WAIT.toSeconds(), TimeUnit.SECONDS); // shows why it did not publish
			throw new AssertionError("the open transaction did not publish");
		}
		return new Open(id[0], release, done);
	}

	private long publish(String marker) {
		events.publish(null, LiveEvents.ALERT, Map.of("id", -1, "type", "LOW_STOCK", "status", "OPEN", "orderNumber", marker));
		// the transaction sees its own row, uncommitted
		return jdbc.sql("select id from live_event where data like ?").param("%\"" + marker + "\"%").query(Long.class).single();
	}

	/** A transaction that has published its event and waits; {@link #close()} commits it too, if a test failed first. */
	public static final class Open implements AutoCloseable {

		private final long id;
		private final CountDownLatch release;
		private final CompletableFuture<Void> done;

		Open(long id, CountDownLatch release, CompletableFuture<Void> done) {
			this.id = id;
			this.release = release;
			this.done = done;
		}

		/** The id its event took, before commit. */
		public long id() {
			return id;
		}

		/** Commits, and waits until it has. */
		public void commit() throws Exception {
			release.countDown();
			done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}

		@Override
		public void close() throws Exception {
			if (release.getCount() > 0) {
				commit();
			}
		}
	}
}
